import { MAIN_MENU, type Content } from '../content/model.js';
import { LANGS, type Lang } from '../core/langs.js';
import { closeEnough } from '../text/fuzzy.js';
import { normalize } from '../text/normalize.js';
import { COMMAND_WORDS, NUMBER_WORDS, type Command } from '../content/command-words.js';

/** What an input means before the conversation state is considered. */
export type Match =
  | { kind: 'command'; command: Command; lang: Lang; exact: boolean }
  | { kind: 'number'; n: number }
  | { kind: 'node'; id: string; lang: Lang; exact: boolean }
  | { kind: 'none' };

/** Resolves free text to a command, a menu number or a content node, preferring the contact's language, then exact over fuzzy. */
export function resolveInput(content: Content, lang: Lang, text: string): Match {
  const input = normalize(text);
  if (!input) return { kind: 'none' };
  const number = parseNumber(input);
  if (number !== undefined) return { kind: 'number', n: number };
  const langs = lang === LANGS[0] ? LANGS : ([lang, ...LANGS.filter((l) => l !== lang)] as const);
  const strategies = [exactMatch, contained, fuzzy];
  for (const strategy of strategies) {
    for (const l of langs) {
      const found = strategy(input, commandTable(l), content.keywords[l]);
      if (!found) continue;
      const exact = strategy === exactMatch;
      return found.startsWith('!')
        ? { kind: 'command', command: found.slice(1) as Command, lang: l, exact }
        : { kind: 'node', id: found, lang: l, exact };
    }
  }
  return { kind: 'none' };
}

type Table = ReadonlyMap<string, string>;

function buildCommandTable(lang: Lang): Table {
  const table = new Map<string, string>();
  for (const [command, words] of Object.entries(COMMAND_WORDS[lang]) as [Command, readonly string[]][]) {
    for (const word of words) table.set(normalize(word), `!${command}`);
  }
  return table;
}

const commandTables: Record<Lang, Table> = { en: buildCommandTable('en'), es: buildCommandTable('es') };

function commandTable(lang: Lang): Table {
  return commandTables[lang];
}

function parseNumber(input: string): number | undefined {
  const stripped = input.replace(/^(option|opcion|number|numero|no|num)\s+/, '');
  if (/^\d{1,2}$/.test(stripped)) return Number(stripped);
  return NUMBER_WORDS[stripped];
}

function exactMatch(input: string, commands: Table, keywords: Table): string | undefined {
  return commands.get(input) ?? keywords.get(input);
}

/** A topic keyword of four or more letters found as whole words inside a longer message ("tell me about sciatica"); longest wins. */
function contained(input: string, _commands: Table, keywords: Table): string | undefined {
  const padded = ` ${input} `;
  let best: { key: string; id: string } | undefined;
  for (const [key, id] of keywords) {
    if (id === MAIN_MENU || key.length < 4 || !padded.includes(` ${key} `)) continue;
    if (!best || key.length > best.key.length) best = { key, id };
  }
  return best?.id;
}

/** Whole input within typo distance of a command or keyword, or one word of it close to a one-word keyword. */
function fuzzy(input: string, commands: Table, keywords: Table): string | undefined {
  for (const table of [commands, keywords]) {
    for (const [key, id] of table) if (closeEnough(input, key)) return id;
  }
  const words = input.split(' ');
  if (words.length === 1) return undefined;
  for (const word of words) {
    for (const [key, id] of keywords) if (id !== MAIN_MENU && !key.includes(' ') && closeEnough(word, key)) return id;
  }
  return undefined;
}
