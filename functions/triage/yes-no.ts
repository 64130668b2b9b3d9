import { normalize } from './tokens.js';

/** Answers to a yes/no question, normalized: every language's (content/languages.yaml), since people answer in either. */
export interface YesNoWords {
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  unsure: ReadonlySet<string>;
}

/** Read a YES/NO reply ("Si!", "yep", "nope") by its first three, two or one words; null when unclear. Pure. */
export function parseYesNo(text: string, { yes: YES, no: NO, unsure: UNSURE }: YesNoWords): 'yes' | 'no' | null {
  const words = normalize(text).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  for (const n of [3, 2]) {
    const head = words.slice(0, n).join(' ');
    if (UNSURE.has(head)) return null;
    if (YES.has(head)) return 'yes';
    if (NO.has(head)) return 'no';
  }
  const first = words[0] ?? '';
  const yes = YES.has(first);
  const no = NO.has(first);
  if (yes && !no) return 'yes';
  if (no && !yes) return 'no';
  return null;
}
