import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { FINGERPRINT_FORMAT, MIN_COPIED_RUN, type SourceFingerprint } from './copied-text.js';

/** Where the committed fingerprint of the source article lives, relative to the project root. */
export const FINGERPRINT_FILE = 'content/source-fingerprint.json';

const FingerprintSchema = z.strictObject({
  format: z.literal(FINGERPRINT_FORMAT),
  runLength: z.literal(MIN_COPIED_RUN),
  salt: z.string().min(16),
  hashes: z.array(z.string().regex(/^[0-9a-f]{20}$/)).min(1),
});

/** Reads and checks the committed fingerprint; throws a message naming the file and the command that makes it. */
export function readFingerprint(projectRoot: string): SourceFingerprint {
  const path = resolve(projectRoot, FINGERPRINT_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Source fingerprint not readable at ${path} (${(error as Error).message}): make it with npm run content:fingerprint -- <path to the article>`);
  }
  const parsed = FingerprintSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Source fingerprint at ${path} is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
