import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../tools/lint/lint-content.js';
import { renderReport } from '../../../tools/report/render-report.js';
import { buildFixture, TODAY, topicLang } from '../../helpers/lint-fixture.js';
import { NO_SOURCE } from '../../helpers/lint-fixture.js';

describe('renderReport', () => {
  const content = buildFixture((items) => {
    topicLang(items, 'en').sms[0] = 'Heat <b>&</b> "ice" are fine.';
    items.sciatica!.nextReview = '2026-06-10';
  });
  const lint = lintContent(content, { today: TODAY, source: NO_SOURCE });
  const html = renderReport(content, lint, { generatedAt: '2026-06-01T09:00:00Z', contentDir: 'content' });

  it('shows every item with its dates, role, sources and both languages side by side', () => {
    for (const id of ['main', 'sciatica', 'language', 'messages', 'tips']) expect(html).toContain(`<section class="item" id="${id}">`);
    expect(html).toContain('<td>2026-01-10</td>');
    expect(html).toContain('<td>Clinical lead</td>');
    expect(html).toContain('<li>NICE NG59</li>');
    expect(html).toContain('<td lang="en"><pre>Most of it gets better in a few weeks. Keep moving as you can.\nReply BACK for the list, MENU for topics</pre>');
    expect(html).toContain('<td lang="es"><pre>La ciática es un dolor que baja por una pierna. Suele mejorar en unas semanas.</pre>');
  });

  it('escapes content text', () => {
    expect(html).toContain('Heat &#60;b&#62;&#38;&#60;/b&#62; &#34;ice&#34; are fine.');
    expect(html).not.toContain('<b>&</b>');
  });

  it('shows scores, findings and a signature block', () => {
    expect(html).toMatch(/FK grade \d+\.\d/);
    expect(html).toMatch(/Fernandez-Huerta \d+\.\d/);
    expect(html).toContain('warning: <b>next-review</b>: review due in 9 days (nextReview 2026-06-10)');
    for (const label of ['Reviewer name', 'Role', 'Date', 'Signature']) expect(html).toContain(`<th scope="row">${label}</th>`);
  });
});

describe('renderReport with triage texts', () => {
  it('adds a triage section with its review dates and both languages side by side', () => {
    const content = buildFixture();
    const html = renderReport(content, lintContent(content, { today: TODAY, source: NO_SOURCE }), { generatedAt: 'now', contentDir: 'content' });
    const { en, es } = content.triage.replies.emergency;
    expect(html).toContain('<section class="item" id="triage">');
    expect(html).toContain(`<tr><th scope="row">reply emergency</th><td lang="en"><pre>${en}</pre>`);
    expect(html).toContain(`<td lang="es"><pre>${es}</pre>`);
  });
});
