import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../tools/lint/lint-content.js';
import type { Content } from '../../../functions/content/model.js';
import { triageSms } from '../../../tools/lint/triage-review.js';
import { buildFixture, TODAY } from '../../helpers/lint-fixture.js';
import { NO_SOURCE } from '../../helpers/lint-fixture.js';

describe('triage texts', () => {
  const content = buildFixture();

  it('lists every reply and question in both languages', () => {
    const labels = triageSms(content.triage).filter((t) => t.lang === 'en').map((t) => t.label);
    expect(labels.filter((l) => l.startsWith('reply ')).sort()).toEqual(['reply emergency', 'reply crisis', 'reply urgent', 'reply soon', 'reply otherEmergency', 'reply otherCrisis', 'reply otherUrgent', 'reply none', 'reply safetyNet'].sort());
    expect(labels.filter((l) => l.startsWith('question ')).length).toBe(Object.keys(content.triage.askQuestions).length);
    expect(labels.filter((l) => l.startsWith('check ')).length).toBe(content.triage.check.length);
    expect(triageSms(content.triage).filter((t) => t.lang === 'es').length).toBe(labels.length);
  });

  it('are held to the SMS rules, naming an accented character that forces UCS-2', () => {
    const { replies } = content.triage;
    const es = 'Backline: Llame al 911 ya, está en peligro.'; // "Backline: Llame al 911 ya, est" is 30 characters
    const broken: Content = { ...content, triage: { ...content.triage, replies: { ...replies, emergency: { ...replies.emergency, es } } } };
    const report = lintContent(broken, { today: TODAY, source: NO_SOURCE });
    expect(report.errors.map((f) => `${f.item} [${f.lang}] ${f.rule}`)).toEqual(['triage [es] sms-accent']);
    expect(report.errors[0]!.message).toMatch(/^reply emergency: accented letter "á" \(U\+00E1\) at position 31/);
  });

  it('have their review dates checked like items', () => {
    const broken: Content = { ...content, triage: { ...content.triage, nextReview: '2026-05-01' } };
    expect(lintContent(broken, { today: TODAY, source: NO_SOURCE }).errors).toMatchObject([{ item: 'triage', rule: 'next-review' }]);
  });
});
