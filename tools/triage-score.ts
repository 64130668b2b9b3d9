/**
 * `npm run triage:score [-- <set.yaml>...]`: recall per tier and style, false alarms, and every miss (every set of
 * TRIAGE_SETS, the held-out one last, when no file is named), for the current
 * content/triage.yaml with the statistical second opinion (SECOND_OPINION=0: the rules alone).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { classify, classifyByRules } from '../functions/triage/classify.js';
import { loadTriageRules } from './content/triage-yaml.js';
import { formatRate, LabelledSetSchema, scoreTriage } from './triage/score.js';
import { TRIAGE_SETS } from './triage/sets.js';

const rules = loadTriageRules(process.env.TRIAGE_RULES ?? 'content/triage.yaml');
const files = process.argv.length > 2 ? process.argv.slice(2) : TRIAGE_SETS.map((set) => set.file);
const verbose = process.env.VERBOSE === '1';
const triage = process.env.SECOND_OPINION === '0' ? classifyByRules : classify;
for (const file of files) {
  const { items } = LabelledSetSchema.parse(parse(readFileSync(file, 'utf8')));
  const score = scoreTriage(items, (text, speech) => triage(rules, text, speech));
  console.log(`\n${file}: ${items.length} messages`);
  for (const r of score.recall) console.log(`  recall ${r.group.padEnd(12)} ${formatRate(r)}`);
  console.log(`  false alarms  ${formatRate(score.falseAlarms)}   (asked yes/no on ${formatRate(score.asked)})`);
  console.log(`  by style: ${score.recallByStyle.map((r) => `${r.group} ${formatRate(r)}`).join(', ')}`);
  if (verbose) {
    for (const m of score.misses) console.log(`  MISS [${m.item.tier}/${m.item.style}] got ${m.got.tier}${m.got.ask ? '+ask' : ''}: ${JSON.stringify(m.item.text)}`);
    for (const m of score.falseAlarmItems) console.log(`  FALSE [${m.item.style}] got ${m.got.tier} (${m.got.rule}): ${JSON.stringify(m.item.text)}`);
  }
}
