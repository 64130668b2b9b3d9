import { normalize } from '../../functions/text/normalize.js';

/** Shortest run of consecutive words shared with the source article that counts as copying. */
export const MIN_COPIED_RUN = 8;

/** The source article indexed for `copiedRuns`: every run of MIN_COPIED_RUN normalized words it contains. */
export type SourceIndex = ReadonlySet<string>;

/** Indexes the source article's normalized word runs (normalize() drops case, accents and punctuation). */
export function indexSource(sourceText: string): SourceIndex {
  const words = normalize(sourceText).split(' ');
  const runs = new Set<string>();
  for (let i = 0; i + MIN_COPIED_RUN <= words.length; i++) runs.add(words.slice(i, i + MIN_COPIED_RUN).join(' '));
  return runs;
}

/** The longest runs of MIN_COPIED_RUN or more consecutive normalized words that `text` shares with the source, each once. */
export function copiedRuns(text: string, source: SourceIndex): string[] {
  const words = normalize(text).split(' ');
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + MIN_COPIED_RUN <= words.length; i++) {
    if (!source.has(words.slice(i, i + MIN_COPIED_RUN).join(' '))) continue;
    if (start >= 0 && i <= end) end = i + MIN_COPIED_RUN;
    else {
      if (start >= 0) runs.push(words.slice(start, end).join(' '));
      start = i;
      end = i + MIN_COPIED_RUN;
    }
  }
  if (start >= 0) runs.push(words.slice(start, end).join(' '));
  return [...new Set(runs)];
}
