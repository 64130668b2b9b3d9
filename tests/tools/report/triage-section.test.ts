import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../functions/triage/classify.js';
import { loadTriageRules } from '../../../tools/content/triage-yaml.js';
import { renderTriageSection } from '../../../tools/report/triage-section.js';
import { scoreTriage, type LabelledMessage } from '../../../tools/triage/score.js';

const rules = loadTriageRules(fileURLToPath(new URL('../../../content/triage.yaml', import.meta.url)));
const items: LabelledMessage[] = [
  { text: 'I cant feel anything when I wipe', lang: 'en', tier: 'emergency' },
  { text: 'the weather is nice today', lang: 'en', tier: 'emergency', style: 'plain', sign: 'made-up miss' },
  { text: 'my leg falls asleep when I sit long', lang: 'en', tier: 'none' },
];
const score = scoreTriage(items, (text, speech) => classify(rules, text, speech));

describe('renderTriageSection', () => {
  const html = renderTriageSection(rules, [
    { name: 'training set', blind: false, score },
    { name: 'blind set', blind: true, score },
  ]);

  it('shows each rule in plain words with its patterns and word lists, by tier', () => {
    for (const rule of rules.rules) expect(html).toContain(rule.label.replace(/"/g, '&quot;').split('(')[0]!.trim().slice(0, 30));
    expect(html).toContain('id="tier-emergency"');
    expect(html).toContain('<code>{numb} ~ {saddle}</code>');
    expect(html).toContain('<summary>{saddle}</summary>');
  });

  it('lists the modifiers a clinician signs, the doubt words before a resolution among them', () => {
    const over = html.match(/<tr><th scope="row">Clearly over.*?<\/tr>/s)![0];
    expect(over).toContain('doubted right before');
    for (const cue of [...rules.context.hedge.en, ...rules.context.hedge.es]) expect(over).toContain(cue);
    const opinion = html.match(/<tr><th scope="row">Statistical second opinion.*?<\/tr>/s)![0];
    expect(rules.urgentOpinion.needs.length).toBeGreaterThan(0);
    for (const group of rules.urgentOpinion.needs) expect(opinion).toContain(`{${group}}`);
    const { farewells, optOuts, channel } = rules.crisisOpinion;
    for (const words of [farewells, optOuts, channel]) {
      expect(words.en.length).toBeGreaterThan(0);
      for (const word of [...words.en, ...words.es]) expect(opinion).toContain(`<code>${word}</code>`);
    }
    const general = html.match(/<tr><th scope="row">Only asked in general.*?<\/tr>/s)![0];
    expect(rules.context.clauses.openers.length).toBeGreaterThan(0);
    for (const word of [...rules.context.clauses.openers, ...rules.context.clauses.personal]) expect(general).toContain(word);
  });

  it('lists the words that answer a question about a sign as happening or as no (round 34)', () => {
    const answered = html.match(/<tr><th scope="row">A question answered.*?<\/tr>/s)![0];
    const { claims, possessives, denied, reporters } = rules.context.clauses;
    expect(claims.length * possessives.length * denied.length * reporters.length).toBeGreaterThan(0);
    for (const word of [...claims, ...possessives, ...denied, ...reporters]) expect(answered).toContain(word);
  });

  it('lists the words that say how a sign in a question\'s condition would come, not when (round 46)', () => {
    const condition = html.match(/<tr><th scope="row">Only asked: the condition.*?<\/tr>/s)![0];
    expect(rules.context.clauses.manner.length).toBeGreaterThan(0);
    for (const word of rules.context.clauses.manner) expect(condition).toContain(word);
  });

  it('shows recall and false alarms for every set, and lists the misses of the blind set only', () => {
    expect(html).toContain('<th scope="row">training set</th><td>1/2 (50.0%)</td>');
    expect(html).toContain('Every miss on blind set');
    expect(html).not.toContain('Every miss on training set');
    expect(html).toContain('the weather is nice today');
  });

  it('pools the training sets into one printed row, keeping each on screen and the blind set apart', () => {
    const many = renderTriageSection(rules, [
      { name: 'training one', blind: false, score },
      { name: 'training two', blind: false, score },
      { name: 'blind set', blind: true, score },
    ]);
    expect(many).toContain('<tr class="screen-only"><th scope="row">training one</th><td>1/2 (50.0%)</td>');
    expect(many).toContain('<tr class="print-row"><th scope="row">all 2 training sets together</th><td>2/4 (50.0%)</td>');
    expect(many).toContain('<tr><th scope="row">blind set</th><td>1/2 (50.0%)</td>');
  });
});
