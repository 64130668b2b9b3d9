import { MAIN_MENU, type Content } from '../content/model.js';
import type { Lang } from '../core/langs.js';
import { closeEnough } from '../text/fuzzy.js';
import { normalize } from '../text/normalize.js';
import type { Command } from '../content/commands.js';
import type { Language, Languages } from '../content/languages.js';

/** What an input means before the conversation state is considered. */
export type Match =
  | { kind: 'command'; command: Command; lang: Lang; exact: boolean }
  | { kind: 'number'; n: number }
  | { kind: 'node'; id: string; lang: Lang; exact: boolean }
  | { kind: 'none' };

/** Resolves free text to a command, a menu number or a content node, preferring the contact's language (then the table's order), then exact over fuzzy. */
export function resolveInput(content: Content, lang: Lang, text: string): Match {
  const input = normalize(text);
  if (!input) return { kind: 'none' };
  const number = parseNumber(content.languages, input);
  if (number !== undefined) return { kind: 'number', n: number };
  const { list } = content.languages;
  const langs = [...list.filter((l) => l.code === lang), ...list.filter((l) => l.code !== lang)];
  const strategies = [exactMatch, contained, fuzzy];
  for (const strategy of strategies) {
    for (const language of langs) {
      const l = language.code;
      const found = strategy(input, commandTable(language), content.keywords[l]);
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

/** A language's command words as a table the strategies share with keywords: word -> `!command`. */
const commandTables = new WeakMap<Language, Table>();

function commandTable(language: Language): Table {
  let table = commandTables.get(language);
  if (!table) commandTables.set(language, (table = new Map([...language.commands].map(([word, command]) => [word, `!${command}`]))));
  return table;
}

/** A menu number typed as digits or spelled out, after an optional "option" or "number" in any language. */
function parseNumber(languages: Languages, input: string): number | undefined {
  const [first = '', ...rest] = input.split(' ');
  const stripped = rest.length > 0 && languages.numberPrefixes.has(first) ? rest.join(' ') : input;
  if (/^\d{1,2}$/.test(stripped)) return Number(stripped);
  return languages.numbers.get(stripped);
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
