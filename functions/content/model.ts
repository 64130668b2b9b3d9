import type { TriageRules } from '../triage/schema.js';
import type { Item, Messages, Node, Tips } from './schema.js';
import type { Lang } from '../core/langs.js';
import type { DailyProgram } from './program.js';
import type { Languages } from './languages.js';

/** Content ready for the engine: validated, cross-checked and indexed. */
export interface Content {
  /** Short hash of every item's id and version, the triage version, the second opinion's weights and the language table; recorded with escalations and sends. */
  version: string;
  items: readonly Item[];
  nodes: ReadonlyMap<string, Node>;
  messages: Messages['messages'];
  tips: Tips['tips'];
  /** The program's length in days (from its stages) and the default delivery hour. */
  tipsMeta: { programDays: number; defaultHour: Tips['defaultHour'] };
  /** The daily program: what each program day sends. */
  program: DailyProgram;
  /** Normalized keyword -> node id, per language. */
  keywords: Readonly<Record<Lang, ReadonlyMap<string, string>>>;
  /** Red-flag rules, questions and replies (content/triage.yaml). */
  triage: TriageRules;
  /** The languages content is written in (content/languages.yaml), with their voices and words; the first is the default. */
  languages: Languages;
}

/** Id of the menu every conversation starts from. */
export const MAIN_MENU = 'main';
/** Id of the menu a call starts from after the language choice. */
export const VOICE_MAIN_MENU = 'voice-main';
