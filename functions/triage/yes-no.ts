import { normalize } from './tokens.js';

const YES = new Set(['yes', 'y', 'yeah', 'yea', 'yep', 'yup', 'ya', 'ye', 'yes please', 'sure', 'si', 's', 'sip', 'claro', 'correct', 'affirmative', 'true', 'i do', 'it is', 'afirmativo', 'correcto', 'asi es']);
const NO = new Set(['no', 'n', 'nope', 'nah', 'naw', 'nop', 'negative', 'not really', 'i dont', 'it isnt', 'no no', 'nel', 'para nada', 'nada', 'false', 'none']);
const UNSURE = new Set(['no se', 'no idea', 'not sure', 'no estoy seguro', 'no estoy segura', 'dont know', 'i dont know', 'idk']);

/** Read a YES/NO reply in English or Spanish ("Si!", "yep", "nope"); null when unclear. Pure. */
export function parseYesNo(text: string): 'yes' | 'no' | null {
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
