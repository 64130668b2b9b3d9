/** GSM 03.38 basic set: one septet each. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM 03.38 extension set: an escape plus the character, two septets that never straddle two segments. */
const GSM_EXTENDED = new Set('\f^{}\\[~]|€');

/** Packs character costs into segments of `perSegment` units (a character is never split), or one segment if all fit in `single`. */
function pack(costs: readonly number[], single: number, perSegment: number): number {
  const total = costs.reduce((a, b) => a + b, 0);
  if (total === 0) return 1;
  if (total <= single) return 1;
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > perSegment) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return segments;
}

/**
 * SMS segments Twilio bills for `text` (no Smart Encoding): GSM-7 when every character is in GSM 03.38 (160 septets,
 * or 153 a segment when concatenated), otherwise UCS-2 (70 UTF-16 units, or 67). Small and dependency-free for the
 * metrics on the SMS bundle; checked against `sms-segments-calculator` in the tests.
 */
export function smsSegments(text: string): number {
  const chars = [...text];
  if (chars.every((c) => GSM_BASIC.has(c) || GSM_EXTENDED.has(c))) return pack(chars.map((c) => (GSM_EXTENDED.has(c) ? 2 : 1)), 160, 153);
  return pack(chars.map((c) => c.length), 70, 67);
}
