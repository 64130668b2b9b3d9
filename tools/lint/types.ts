import type { Lang } from '../../functions/core/langs.js';

/** One broken or doubtful rule: the item it concerns, the language when it is language-specific, the rule's name and a readable message. */
export interface Finding {
  item: string;
  lang?: Lang;
  rule: string;
  message: string;
}

/** The reading level of one item in one language (all its SMS pages and voice script together). */
export interface ItemScore {
  item: string;
  lang: Lang;
  /** Flesch-Kincaid grade for English (lower is easier), Fernandez-Huerta ease for Spanish (higher is easier). */
  formula: 'flesch-kincaid-grade' | 'fernandez-huerta';
  score: number;
  words: number;
  sentences: number;
  syllables: number;
  /** The grade ceiling (en) or ease floor (es) the score is held to. */
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
