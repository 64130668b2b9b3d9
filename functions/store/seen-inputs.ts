import { createHash } from 'node:crypto';

/** Characters per remembered input: 64 bits of SHA-256 in base64url. */
const WIDTH = 11;
/** Inputs remembered per conversation (about 45 KB); a conversation this long keeps the newest. */
export const MAX_SEEN_INPUTS = 4096;

function digest(inputId: string): string {
  return createHash('sha256').update(inputId).digest('base64url').slice(0, WIDTH);
}

/**
 * Every input a conversation has processed, kept compactly for the life of the conversation (64-bit hashes in one
 * string attribute), so a captured request replayed days later (a STOP, a YES, a red flag) never acts twice.
 */
export function hasSeenInput(seen: string, inputId: string): boolean {
  const key = digest(inputId);
  for (let i = 0; i + WIDTH <= seen.length; i += WIDTH) if (seen.startsWith(key, i)) return true;
  return false;
}

/** `seen` with `inputId` added (the oldest dropped beyond MAX_SEEN_INPUTS). */
export function withSeenInput(seen: string, inputId: string): string {
  const next = seen + digest(inputId);
  const overflow = next.length - MAX_SEEN_INPUTS * WIDTH;
  return overflow > 0 ? next.slice(overflow) : next;
}
