import type { Lang } from '../../functions/core/langs.js';
import type { LanguageRow } from '../../functions/content/language-table.js';

/** One broken or doubtful rule: the item it concerns, the language when it is language-specific, the rule's name and a readable message. */
export interface Finding {
  item: string;
  lang?: Lang;
  rule: string;
  message: string;
}

/** The reading level of one text of an item in one language: an SMS page on its own, or the item's spoken texts. */
export interface ItemScore {
  item: string;
  lang: Lang;
  /** Which text: "page 2", "tip walk", "reply soon", "intro", a message key, or "voice". */
  label: string;
  channel: 'sms' | 'voice';
  /** The language's formula (content/languages.yaml): Flesch-Kincaid grade (lower is easier), Fernandez-Huerta ease (higher is easier). */
  formula: LanguageRow['readability']['formula'];
  score: number;
  words: number;
  sentences: number;
  syllables: number;
  /** The grade ceiling or ease floor the score is held to. */
  limit: number;
  pass: boolean;
}

/** What `lintContent` found: errors fail `content:check`, warnings are printed only. */
export interface LintReport {
  errors: Finding[];
  warnings: Finding[];
  scores: ItemScore[];
}

/** Where rules put what they find. */
export interface Sink {
  error(finding: Finding): void;
  warn(finding: Finding): void;
}
