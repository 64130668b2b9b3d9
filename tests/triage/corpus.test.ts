import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classify } from '../../functions/triage/classify.js';
import { loadTriageRules } from '../../tools/content/triage-yaml.js';
import { TIERS, type Tier } from '../../functions/core/tiers.js';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const tier = z.enum(['emergency', 'crisis', 'urgent', 'soon', 'none']);
const Corpus = z.object({
  items: z.array(
    z.object({
      text: z.string().min(1),
      lang: z.enum(['en', 'es', 'mix']),
      tier,
      rule: z.string().optional(),
      ask: z.boolean().optional(),
    }),
  ),
});

const rules = loadTriageRules(root('content/triage.yaml'));
const { items } = Corpus.parse(parse(readFileSync(root('tests/triage/corpus.yaml'), 'utf8')));
const rank = (t: Tier) => TIERS.indexOf(t);
const pct = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);

// Recall counts a flagged item as caught when it lands at its tier or a more severe one.
const results = items.map((item) => ({ item, got: classify(rules, item.text) }));
const flagged = (t: Tier) => results.filter((r) => r.item.tier === t && !r.item.ask);
const caught = (t: Tier) => flagged(t).filter((r) => rank(r.got.tier) <= rank(t));
const recall = (t: Tier) => pct(caught(t).length, flagged(t).length);
const nonFlags = results.filter((r) => r.item.tier === 'none' && !r.item.ask);
const falseAlarms = nonFlags.filter((r) => r.got.tier !== 'none' || r.got.ask);
const askItems = results.filter((r) => r.item.ask);
const askHits = askItems.filter((r) => r.got.ask && rank(r.got.tier) >= rank('urgent'));

describe('triage corpus', () => {
  it('has enough labelled messages in both languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.lang !== 'en').length).toBeGreaterThanOrEqual(100);
    for (const t of TIERS) expect(items.filter((i) => i.tier === t).length).toBeGreaterThan(0);
  });

  it('meets recall and false-alarm thresholds', () => {
    const rows = TIERS.filter((t) => t !== 'none').map((t) => ({
      tier: t,
      items: flagged(t).length,
      caught: caught(t).length,
      recall: `${recall(t).toFixed(1)}%`,
      exact: `${pct(flagged(t).filter((r) => r.got.tier === t).length, flagged(t).length).toFixed(1)}%`,
    }));
    console.table(rows);
    console.log(
      `items ${items.length} (en ${items.filter((i) => i.lang === 'en').length}, es ${items.filter((i) => i.lang === 'es').length}, mix ${items.filter((i) => i.lang === 'mix').length})`,
    );
    console.log(`false alarms on non-flags: ${falseAlarms.length}/${nonFlags.length} = ${pct(falseAlarms.length, nonFlags.length).toFixed(1)}%`);
    console.log(`yes/no question asked on unclear hints: ${askHits.length}/${askItems.length}`);
    const misses = [
      ...TIERS.flatMap((t) => flagged(t).filter((r) => rank(r.got.tier) > rank(t))),
      ...falseAlarms,
      ...askItems.filter((r) => !askHits.includes(r)),
    ];
    for (const m of misses) console.log(`MISS expected ${m.item.tier}${m.item.ask ? '+ask' : ''} got ${m.got.tier}/${m.got.rule}${m.got.ask ? ` ask:${m.got.ask.rule}` : ''} | ${m.item.text}`);

    expect(recall('emergency')).toBe(100);
    expect(recall('crisis')).toBe(100);
    expect(recall('urgent')).toBeGreaterThanOrEqual(95);
    expect(pct(falseAlarms.length, nonFlags.length)).toBeLessThanOrEqual(5);
    expect(pct(askHits.length, askItems.length)).toBeGreaterThanOrEqual(90);
  });

  it('names the expected rule where the corpus gives one', () => {
    const wrong = results.filter((r) => r.item.rule && r.got.rule !== r.item.rule);
    expect(wrong.map((r) => `${r.item.text} -> ${r.got.rule}`)).toEqual([]);
  });

  it('classifies a typical message well under a millisecond once compiled', () => {
    const start = performance.now();
    for (let n = 0; n < 3; n++) for (const i of items) classify(rules, i.text);
    const perMessage = (performance.now() - start) / (3 * items.length);
    console.log(`mean classify time ${(perMessage * 1000).toFixed(0)} us/message`);
    expect(perMessage).toBeLessThan(5);
  });
});
