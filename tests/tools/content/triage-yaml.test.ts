import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TriageRulesError } from '../../../functions/triage/errors.js';
import { loadTriageRules, parseTriageRules } from '../../../tools/content/triage-yaml.js';

const path = fileURLToPath(new URL('../../../content/triage.yaml', import.meta.url));
const fresh = (): Record<string, any> => parse(readFileSync(path, 'utf8'));

describe('loadTriageRules', () => {
  it('loads the shipped rules with review metadata and sources', () => {
    const rules = loadTriageRules(path);
    expect(rules.version).toBeGreaterThanOrEqual(1);
    expect(rules.reviewed).toBe('2026-11-25');
    expect(rules.nextReview).toBe('2027-11-25');
    expect(rules.sources.join(' ')).toMatch(/Finucane/);
    expect(rules.sources.join(' ')).toMatch(/NICE NG59/);
    expect(rules.sources.join(' ')).toMatch(/cauda equina syndrome warning card/);
  });

  it('names the file when it cannot be read', () => {
    expect(() => loadTriageRules('/nope/triage.yaml')).toThrow(/Cannot read triage rules from \/nope\/triage\.yaml/);
  });

  it('joins the second opinion from second-opinion.json beside triage.yaml, and reads the rules alone without it', () => {
    const model = JSON.parse(readFileSync(join(dirname(path), 'second-opinion.json'), 'utf8')) as Record<string, { weights: string }>;
    expect(loadTriageRules(path).secondOpinion?.crisis.weights).toBe(model.crisis!.weights);
    const dir = mkdtempSync(join(tmpdir(), 'backline-triage-'));
    copyFileSync(path, join(dir, 'triage.yaml'));
    expect(loadTriageRules(join(dir, 'triage.yaml')).secondOpinion).toBeUndefined();
    writeFileSync(join(dir, 'second-opinion.json'), '{"emergency": ');
    expect(() => loadTriageRules(join(dir, 'triage.yaml'))).toThrow(/second-opinion\.json/);
  });
});

describe('parseTriageRules rejects bad rules with a readable message', () => {
  const rejects = (mutate: (raw: Record<string, any>) => void, message: RegExp) => {
    const raw = fresh();
    mutate(raw);
    expect(() => parseTriageRules(raw)).toThrow(TriageRulesError);
    expect(() => parseTriageRules(raw)).toThrow(message);
  };

  const tier = (weights: string) => ({ weights, lengths: 'gggggg', threshold: 3 });
  it('second opinion tiers with different bucket counts', () => {
    rejects((r) => (r.secondOpinion = { emergency: tier('ab'), crisis: tier('abc'), urgent: tier('abc') }), /weight per gram bucket/);
    rejects((r) => (r.secondOpinion = { emergency: tier('abc'), crisis: tier('abc'), urgent: tier('ab') }), /weight per gram bucket/);
  });
  it('a second opinion without its urgent tier', () => rejects((r) => (r.secondOpinion = { emergency: tier('abc'), crisis: tier('abc') }), /secondOpinion\.urgent/));
  it('a second opinion weight that is not a weight letter', () =>
    rejects((r) => (r.secondOpinion = { emergency: tier('a b'), crisis: tier('abc'), urgent: tier('abc') }), /secondOpinion\.emergency\.weights/));
  it('an unknown term group among the urgent opinion\'s needs', () => rejects((r) => r.urgentOpinion.needs.push('elbow'), /unknown term group "elbow".*urgentOpinion\.needs\[\d+\]/s));
  it('a sign-off word of the crisis opinion not as a message is read', () => rejects((r) => r.crisisOpinion.farewells.es.push('adiós'), /crisisOpinion\.farewells\.es\[\d+\]/));
  it('unknown tier', () => rejects((r) => (r.rules[0].tier = 'red'), /rules\[0\]\.tier/));
  it('accented reply text', () => rejects((r) => (r.replies.emergency.es = 'Backline: Llame al 911 ahora, está en peligro.'), /GSM-7/));
  it('reply not starting with Backline:', () => rejects((r) => (r.replies.soon.en = 'See a doctor soon.'), /Backline:/));
  it('overlong reply', () => rejects((r) => (r.replies.urgent.en = `Backline: ${'x'.repeat(320)}`), /306/));
  it('unknown term group in a pattern', () => rejects((r) => r.rules[0].en.push('{nothing} numb'), /unknown term group \{nothing\}/));
  it('punctuation inside a pattern word', () => rejects((r) => r.rules[0].en.push('numb gr/oin'), /lowercase a-z\/0-9/));
  it('a pattern word mixing letters and digits (messages read "80s" as "80 s")', () => rejects((r) => r.context.past.en.push('in the 50s'), /"50s" mixes letters and digits.*context\.past\.en\[\d+\]/s));
  it('a sound-alike shorter than 4 letters', () => rejects((r) => r.matching.soundAlike.push('pee'), /soundAlike/));
  it('check pointing at a missing rule', () => rejects((r) => (r.check[0].rule = 'ghost'), /unknown rule "ghost"/));
  it('more than 6 check questions', () => rejects((r) => r.check.push(r.check[0]), /check/));
  it('review overdue by design', () => rejects((r) => (r.nextReview = '2028-06-01'), /12 months/));
  it('missing section', () => rejects((r) => delete r.replies, /replies/));
  it('a number slot in an idiom (idioms are blanked word for word)', () => rejects((r) => r.idioms.en.push('dead <n:2-9> times'), /only whole words.*idioms\.en\[\d+\]/s));
  it('a prefix in a negation cue (cues are matched word for word)', () => rejects((r) => r.negation.cues.en.push('neve*'), /only whole words.*negation\.cues\.en\[\d+\]/s));
  it('punctuation in a context cue', () => rejects((r) => r.context.past.en.push('a year/ago'), /context\.past\.en\[\d+\]/));
  it("a rule's own set-aside phrase for a rule that does not exist", () => rejects((r) => (r.context.unless.ghost = { en: ['on purpose'], es: [] }), /unknown rule "ghost"/));
  it('harmless causes for a rule not marked recent', () => rejects((r) => (r.context.causes.fever = { en: ['on my bike'], es: [] }), /"fever" is no rule marked recent/));
  it('a phrase listed twice in one list', () => rejects((r) => r.terms.numb.en.push(r.terms.numb.en[0]), /"numb" is listed twice/));
  it('a pattern listed twice in one rule', () => rejects((r) => r.rules[0].es.push(r.rules[0].es[0]), /listed twice/));
  it('a subject that is not a term group', () => rejects((r) => r.context.subjects.push(['elbow']), /unknown term group "elbow".*context\.subjects\[\d+\]\[0\]/s));
  it('a back word that is not a term group', () => rejects((r) => r.context.backWords.push('elbow'), /unknown term group "elbow".*context\.backWords\[\d+\]/s));
  it("a prefix in a rule's own set-aside phrase", () => rejects((r) => r.context.unless.weight_loss.en.push('diet*'), /context\.unless\.weight_loss\.en\[\d+\]/));
});
