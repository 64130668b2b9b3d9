import { join } from 'node:path';
import { classify } from '../functions/triage/classify.js';
import { loadTriageRules } from '../tools/content/triage-yaml.js';
import { scoreTriage, type Rate } from '../tools/triage/score.js';
import { readLabelledSet, TRIAGE_SETS } from '../tools/triage/sets.js';
import { ROOT } from './env.js';
import { distribution, type Distribution } from './stats.js';

/** Triage speed on long messages and its recall and false alarms per set. */
export interface TriageFigures {
  /** Classifying 1,600-character messages built from words the classifier had not seen before (cold) and again (warm), ms. */
  longMessage: { sms: { cold: Distribution; warm: Distribution }; speech: { cold: Distribution; warm: Distribution }; messages: number };
  sets: Array<{ name: string; messages: number; recall: Rate[]; falseAlarms: Rate }>;
}

const texts = (file: string) => readLabelledSet(ROOT, file);

function longMessages(source: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let k = i * 7; text.length < 1600; k++) text += `${source[k % source.length]} `;
    out.push(text.slice(0, 1600));
  }
  return out;
}

/** Times classify on 1,600-character messages (a fresh rules object per mode, so "cold" means no token seen before) and scores every set. */
export function measureTriage(count = 300): TriageFigures {
  const path = join(ROOT, 'content/triage.yaml');
  const blind = texts('tests/triage/blind/blind.yaml').map((i) => i.text);
  const messages = longMessages(blind, count);
  const time = (speech: boolean) => {
    const rules = loadTriageRules(path);
    classify(rules, 'warm up the compiled rules', speech);
    const run = () => messages.map((m) => {
      const t = performance.now();
      classify(rules, m, speech);
      return performance.now() - t;
    });
    const cold = run();
    return { cold: distribution(cold), warm: distribution(run()) };
  };
  const rules = loadTriageRules(path);
  return {
    longMessage: { sms: time(false), speech: time(true), messages: count },
    sets: TRIAGE_SETS.map(({ name, file }) => {
      const items = texts(file);
      const score = scoreTriage(items, (text, speech) => classify(rules, text, speech));
      return { name, messages: items.length, recall: score.recall, falseAlarms: score.falseAlarms };
    }),
  };
}
