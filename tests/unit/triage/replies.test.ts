import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askAnswerTier, askQuestion, checkQuestions, replyFor } from '../../../functions/triage/classify.js';
import { UnknownTriageRuleError } from '../../../functions/triage/errors.js';
import { loadTriageRules } from '../../../tools/content/triage-yaml.js';
import { type Tier } from '../../../functions/core/tiers.js';

const rules = loadTriageRules(fileURLToPath(new URL('../../../content/triage.yaml', import.meta.url)));
// GSM 03.38 basic character set (no extension table), which keeps each SMS in GSM-7: n tilde, e acute, u diaeresis and the
// inverted marks are in it; a, i, o, u acute are not (they would force UCS-2).
const GSM7 = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*$/;
const FORCES_UCS2 = /[áíóúÁÍÓÚ]/;
const tiers: Tier[] = ['emergency', 'crisis', 'urgent', 'soon', 'none'];
const langs = ['en', 'es'] as const;

describe('replyFor', () => {
  it.each(tiers.flatMap((t) => langs.map((l) => [t, l] as const)))('%s/%s is GSM-7 and starts with Backline:', (tier, lang) => {
    const text = replyFor(rules, tier, lang);
    expect(text).toMatch(GSM7);
    expect(text).not.toMatch(FORCES_UCS2);
    expect(text.startsWith('Backline:')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(tier === 'none' ? 306 : 160);
  });

  it('leads escalations with the right number or instruction', () => {
    for (const lang of langs) {
      expect(replyFor(rules, 'emergency', lang)).toMatch(/911/);
      expect(replyFor(rules, 'crisis', lang)).toMatch(/988/);
      expect(replyFor(rules, 'crisis', lang)).toMatch(/911/);
      expect(replyFor(rules, 'none', lang)).toMatch(/911/);
    }
    expect(replyFor(rules, 'crisis', 'es')).toMatch(/988 y oprima 2/);
    expect(replyFor(rules, 'urgent', 'en')).toMatch(/^Backline: Call your doctor today or go to urgent care today/);
    expect(replyFor(rules, 'soon', 'en')).toMatch(/^Backline: See a doctor/);
  });

  it('says the line is not monitored and cannot call for them', () => {
    for (const tier of ['emergency', 'crisis', 'urgent'] as const) {
      expect(replyFor(rules, tier, 'en')).toMatch(/not monitored and cannot call/);
      expect(replyFor(rules, tier, 'es')).toMatch(/Nadie vigila esta linea .*puede llamar por usted/);
    }
  });

  it('gives information, never a diagnosis', () => {
    for (const t of tiers) for (const l of langs) expect(replyFor(rules, t, l)).not.toMatch(/you have|usted tiene|syndrome|sindrome/i);
  });
});

describe('ask questions', () => {
  it('every ask question is GSM-7, asks for YES/NO or SI/NO, and escalates to emergency (the self-harm question to crisis)', () => {
    for (const id of Object.keys(rules.askQuestions)) {
      expect(askQuestion(rules, id, 'en')).toMatch(/Reply YES or NO\.$/);
      expect(askQuestion(rules, id, 'es')).toMatch(/Responda SI o NO\.$/);
      for (const l of langs) expect(askQuestion(rules, id, l)).toMatch(GSM7);
      expect(askAnswerTier(rules, id)).toBe(id === 'ask_self_harm' ? 'crisis' : 'emergency');
    }
  });

  it('throws a named error for an unknown rule', () => {
    expect(() => askQuestion(rules, 'nope', 'en')).toThrow(UnknownTriageRuleError);
    expect(() => askAnswerTier(rules, 'nope')).toThrow(/Unknown triage rule "nope"/);
  });
});

describe('checkQuestions', () => {
  it('has at most 6 questions, most dangerous first, each pointing at a real rule', () => {
    const qs = checkQuestions(rules);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.length).toBeLessThanOrEqual(6);
    const order = tiers.indexOf.bind(tiers);
    qs.forEach((q, i) => {
      if (i > 0) expect(order(q.tier)).toBeGreaterThanOrEqual(order(qs[i - 1]!.tier));
      expect(rules.rules.some((r) => r.id === q.rule)).toBe(true);
      expect(q.en).toMatch(GSM7);
      expect(q.es).toMatch(GSM7);
    });
    expect(qs[0]?.tier).toBe('emergency');
  });
});
