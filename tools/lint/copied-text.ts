import { createHash } from 'node:crypto';
import { normalize } from '../../functions/text/normalize.js';

/** Shortest run of consecutive words shared with the source article that counts as copying. */
export const MIN_COPIED_RUN = 8;

/** Format tag of a source fingerprint file. */
export const FINGERPRINT_FORMAT = 'backline-fingerprint/1';

/**
 * The source article reduced to salted hashes of its normalized MIN_COPIED_RUN-word runs: enough to find copied
 * text, without the article's text in the repository.
 */
export interface SourceFingerprint {
  format: typeof FINGERPRINT_FORMAT;
  runLength: number;
  salt: string;
  /** Hex SHA-256 prefixes, sorted. */
  hashes: string[];
}

function runHash(salt: string, run: string): string {
  return createHash('sha256').update(`${salt}\n${run}`).digest('hex').slice(0, 20);
}

function words(text: string): string[] {
  return normalize(text).split(' ').filter(Boolean);
}

/** Fingerprints `sourceText` (normalize() drops case, accents and punctuation) under `salt`. */
export function fingerprintText(sourceText: string, salt: string): SourceFingerprint {
  const w = words(sourceText);
  const hashes = new Set<string>();
  for (let i = 0; i + MIN_COPIED_RUN <= w.length; i++) hashes.add(runHash(salt, w.slice(i, i + MIN_COPIED_RUN).join(' ')));
  return { format: FINGERPRINT_FORMAT, runLength: MIN_COPIED_RUN, salt, hashes: [...hashes].sort() };
}

/** The longest runs of MIN_COPIED_RUN or more consecutive normalized words of `text` found in the fingerprinted source, each once. */
export function copiedRuns(text: string, source: SourceFingerprint): string[] {
  const known = new Set(source.hashes);
  const w = words(text);
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + MIN_COPIED_RUN <= w.length; i++) {
    if (!known.has(runHash(source.salt, w.slice(i, i + MIN_COPIED_RUN).join(' ')))) continue;
    if (start >= 0 && i <= end) end = i + MIN_COPIED_RUN;
    else {
      if (start >= 0) runs.push(w.slice(start, end).join(' '));
      start = i;
      end = i + MIN_COPIED_RUN;
    }
  }
  if (start >= 0) runs.push(w.slice(start, end).join(' '));
  return [...new Set(runs)];
}
