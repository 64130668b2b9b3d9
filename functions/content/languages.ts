import type { Lang } from '../core/langs.js';
import { normalize } from '../text/normalize.js';
import { normalize as foldAnswer } from '../triage/tokens.js';
import type { YesNoWords } from '../triage/yes-no.js';
import type { Command } from './commands.js';
import type { LanguageRow } from './language-table.js';

/** One language as the engine reads it: its row (voice, speech, scoring, SMS policy) and its words, normalized as input is. */
export interface Language {
  code: Lang;
  row: LanguageRow;
  /** Normalized command word -> the command it names. */
  commands: ReadonlyMap<string, Command>;
  stop: ReadonlySet<string>;
  start: ReadonlySet<string>;
  greetings: ReadonlySet<string>;
  optOut: ReadonlySet<string>;
  optOutAnywhere: ReadonlySet<string>;
  markers: ReadonlySet<string>;
  /** Said at a call's language offer, picks this language. */
  choose: ReadonlySet<string>;
}

/**
 * The language table (content/languages.yaml) indexed: its languages in table order, the first the default, and the
 * words read the same whatever the conversation's language (people mix languages), pooled from every row.
 */
export interface Languages {
  list: readonly Language[];
  codes: readonly Lang[];
  default: Language;
  byCode: ReadonlyMap<Lang, Language>;
  courtesy: ReadonlySet<string>;
  numbers: ReadonlyMap<string, number>;
  numberPrefixes: ReadonlySet<string>;
  /** TIME and its translations, lowercase: "TIME 9" sets the tips hour. */
  time: ReadonlySet<string>;
  yesNo: YesNoWords;
  call: { repeat: ReadonlySet<string>; textMe: ReadonlySet<string>; menu: ReadonlySet<string> };
}

const set = (words: readonly string[], fold: (w: string) => string = normalize): ReadonlySet<string> => new Set(words.map(fold));
const pooled = (rows: readonly LanguageRow[], pick: (row: LanguageRow) => readonly string[], fold?: (w: string) => string) => set(rows.flatMap(pick), fold);

function indexLanguage(row: LanguageRow): Language {
  const { time: _time, ...named } = row.commands;
  const commands = new Map<string, Command>();
  for (const [command, words] of Object.entries(named) as [Command, string[]][]) for (const word of words) commands.set(normalize(word), command);
  return {
    code: row.code, row, commands,
    stop: set(row.stop), start: set(row.start), greetings: set(row.greetings), optOut: set(row.optOut), optOutAnywhere: set(row.optOutAnywhere),
    markers: set(row.markers), choose: set(row.call.choose),
  };
}

/** Indexes validated rows (at least one, codes unique) for the engine; the first row is the default language. */
export function indexLanguages(rows: readonly LanguageRow[]): Languages {
  const list = rows.map(indexLanguage);
  const first = list[0];
  if (!first) throw new Error('the language table has no rows');
  return {
    list, codes: list.map((l) => l.code), default: first, byCode: new Map(list.map((l) => [l.code, l])),
    courtesy: pooled(rows, (r) => r.courtesy),
    numbers: new Map(rows.flatMap((r) => Object.entries(r.numbers))),
    numberPrefixes: pooled(rows, (r) => r.numberPrefixes),
    time: pooled(rows, (r) => r.commands.time, (w) => w.toLowerCase()),
    yesNo: { yes: pooled(rows, (r) => r.yes, foldAnswer), no: pooled(rows, (r) => r.no, foldAnswer), unsure: pooled(rows, (r) => r.unsure, foldAnswer) },
    call: { repeat: pooled(rows, (r) => r.call.repeat), textMe: pooled(rows, (r) => r.call.textMe), menu: pooled(rows, (r) => r.call.menu) },
  };
}

/** The language of `code`, or the default language when the table has no row for it (a language taken out of content). */
export function languageOf(languages: Languages, code: Lang): Language {
  return languages.byCode.get(code) ?? languages.default;
}

/**
 * True when normalized text asks Backline to stop messaging, in language `lang`: a stop word alone or an opt-out phrase
 * (with or without courtesy words around it), or one of the language's opt-out words anywhere.
 */
export function isOptOut(languages: Languages, words: string, lang: Lang): boolean {
  const language = languages.byCode.get(lang);
  if (!language) return false;
  const plain = words.split(' ').filter((w) => !languages.courtesy.has(w)).join(' ');
  for (const said of new Set([words, plain])) if (language.stop.has(said) || language.optOut.has(said)) return true;
  return words.split(' ').some((w) => language.optOutAnywhere.has(w));
}
