import type { Lang } from '../../functions/core/langs.js';
import { fernandezHuerta, fleschKincaidGrade } from './readability.js';
import type { AuthoredText } from './texts.js';
import type { ItemScore, Sink } from './types.js';

/** Highest English Flesch-Kincaid grade allowed (AMA: 6th grade or lower). */
const MAX_GRADE_EN = 6;

/** Lowest Spanish Fernandez-Huerta ease allowed (70+ reads as "fairly easy", about 6th grade). */
const MIN_EASE_ES = 70;

/** Below this many words a score is too noisy to fail on: a miss is a warning, not an error. */
const MIN_SCORED_WORDS = 20;

/**
 * Scores each item per language over all its authored texts together (topic: SMS pages + voice script; menu: intro;
 * messages and tips: all of them), and flags misses under rule reading-level.
 */
export function scoreItems(texts: readonly AuthoredText[], sink: Sink): ItemScore[] {
  const groups = new Map<string, { item: string; lang: Lang; parts: string[] }>();
  for (const t of texts) {
    const key = `${t.item}\u0000${t.lang}`;
    const group = groups.get(key) ?? { item: t.item, lang: t.lang, parts: [] };
    group.parts.push(t.text);
    groups.set(key, group);
  }
  const scores: ItemScore[] = [];
  for (const { item, lang, parts } of groups.values()) {
    const text = parts.join('\n');
    const en = lang === 'en';
    const result = en ? fleschKincaidGrade(text) : fernandezHuerta(text);
    if (result.words === 0) continue;
    const limit = en ? MAX_GRADE_EN : MIN_EASE_ES;
    const score = Math.round(result.score * 10) / 10;
    const pass = en ? score <= limit : score >= limit;
    const formula = en ? 'flesch-kincaid-grade' : 'fernandez-huerta';
    scores.push({ item, lang, formula, score, words: result.words, sentences: result.sentences, syllables: result.syllables, limit, pass });
    if (pass) continue;
    const need = en ? `grade ${score} is above ${limit}` : `Fernandez-Huerta ${score} is below ${limit}`;
    const how = `(${result.words} words, ${result.sentences} sentences, ${result.syllables} syllables): use shorter sentences and shorter words`;
    if (result.words >= MIN_SCORED_WORDS) sink.error({ item, lang, rule: 'reading-level', message: `${need} ${how}` });
    else sink.warn({ item, lang, rule: 'reading-level', message: `${need} ${how}; only ${result.words} words, too few for a reliable score` });
  }
  return scores;
}
