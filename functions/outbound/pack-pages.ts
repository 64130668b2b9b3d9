/** Twilio's limit for one outbound SMS body: longer bodies are refused; up to it, phones show one message. */
export const MAX_SMS_BODY = 1600;

/** Room kept for a "(1/2) " part number. */
const PART_LABEL_ROOM = 8;

/**
 * Joins SMS pages, in order, into as few messages as fit MAX_SMS_BODY (pages separated by a blank line).
 * When more than one message is needed, each starts with its part number, "(1/2) ", so order survives
 * delivery. A single page longer than the limit is cut at a word boundary.
 */
export function packPages(pages: readonly string[], limit = MAX_SMS_BODY): string[] {
  const whole = pages.join('\n\n');
  if (whole.length <= limit) return whole ? [whole] : [];
  const room = limit - PART_LABEL_ROOM;
  const parts: string[] = [];
  let current = '';
  for (const page of pages.flatMap((p) => splitLong(p, room))) {
    const joined = current ? `${current}\n\n${page}` : page;
    if (joined.length <= room) current = joined;
    else {
      parts.push(current);
      current = page;
    }
  }
  if (current) parts.push(current);
  return parts.map((part, i) => `(${i + 1}/${parts.length}) ${part}`);
}

/** A page cut into pieces of at most `room` characters, at spaces where there are any. */
function splitLong(page: string, room: number): string[] {
  const pieces: string[] = [];
  let rest = page;
  while (rest.length > room) {
    const space = rest.lastIndexOf(' ', room);
    const cut = space > 0 ? space : room;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  return rest ? [...pieces, rest] : pieces;
}
