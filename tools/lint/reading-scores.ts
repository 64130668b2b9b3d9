import type { Lang } from '../../functions/core/langs.js';
import { languageOf, type Languages } from '../../functions/content/languages.js';
import { fernandezHuerta, fleschKincaidGrade } from './readability.js';
import type { AuthoredText } from './texts.js';
import type { ItemScore, Sink } from './types.js';

/** The readability formulas a language row can name (content/languages.yaml): how to score a text, and what a miss is called. */
const FORMULAS = {
  'flesch-kincaid-grade': { score: fleschKincaidGrade, miss: 'grade', over: 'above' },
  'fernandez-huerta': { score: fernandezHuerta, miss: 'Fernandez-Huerta', over: 'below' },
} as const;

/** Below this many words a score is too noisy to fail on: a miss is a warning, not an error. */
const MIN_SCORED_WORDS = 20;

/** One text to score: an SMS page on its own, or an item's spoken texts together. */
export interface ScoredText {
  item: string;
  lang: Lang;
  /** Where the text is used: "page 2", "tip walk", "reply soon", or "voice" for an item's spoken texts. */
  label: string;
  channel: 'sms' | 'voice';
  text: string;
}

/**
 * What is scored: every SMS text on its own (a topic page, a menu intro, a message, a tip, a triage reply), because a
 * person reads one page at a time and an easy page cannot carry a hard one; and per item the spoken texts together
 * (a voice script is heard as one).
 */
export function scoredTexts(authored: readonly AuthoredText[], triage: readonly { item: string; lang: Lang; label: string; text: string }[]): ScoredText[] {
  const out: ScoredText[] = [];
  const voice = new Map<string, ScoredText>();
  for (const t of authored) {
    if (t.part !== 'voice') {
      out.push({ item: t.item, lang: t.lang, label: t.label, channel: 'sms', text: t.text });
      continue;
    }
    const key = `${t.item}\u0000${t.lang}`;
    const group = voice.get(key);
    if (group) group.text += `\n${t.text}`;
    else voice.set(key, { item: t.item, lang: t.lang, label: 'voice', channel: 'voice', text: t.text });
  }
  for (const t of triage) out.push({ ...t, channel: 'sms' });
  return [...out, ...voice.values()];
}

/**
 * Scores each text with its language's formula and limit (the row's readability: English Flesch-Kincaid grade <= 6,
 * Spanish Fernandez-Huerta >= 70) and flags a miss under rule reading-level, naming the page; a text under
 * MIN_SCORED_WORDS words only warns.
 */
export function scoreTexts(texts: readonly ScoredText[], languages: Languages, sink: Sink): ItemScore[] {
  const scores: ItemScore[] = [];
  for (const { item, lang, label, channel, text } of texts) {
    const readability = languageOf(languages, lang).row.readability;
    const { formula } = readability;
    const result = FORMULAS[formula].score(text);
    if (result.words === 0) continue;
    const score = Math.round(result.score * 10) / 10;
    const limit = 'max' in readability ? readability.max : readability.min;
    const pass = 'max' in readability ? score <= limit : score >= limit;
    scores.push({ item, lang, label, channel, formula, score, words: result.words, sentences: result.sentences, syllables: result.syllables, limit, pass });
    if (pass) continue;
    const need = `${FORMULAS[formula].miss} ${score} is ${FORMULAS[formula].over} ${limit}`;
    const how = `(${result.words} words, ${result.sentences} sentences, ${result.syllables} syllables): use shorter sentences and shorter words`;
    if (result.words >= MIN_SCORED_WORDS) sink.error({ item, lang, rule: 'reading-level', message: `${label}: ${need} ${how}` });
    else sink.warn({ item, lang, rule: 'reading-level', message: `${label}: ${need} ${how}; only ${result.words} words, too few for a reliable score` });
  }
  return scores;
}
