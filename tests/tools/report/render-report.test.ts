import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../tools/lint/lint-content.js';
import { renderReport } from '../../../tools/report/render-report.js';
import { buildFixture, TODAY, topicLang } from '../../helpers/lint-fixture.js';
import { NO_SOURCE } from '../../helpers/lint-fixture.js';

describe('renderReport', () => {
  const content = buildFixture((items) => {
    topicLang(items, 'en').sms[0] = 'Heat <b>&</b> "ice" are fine.';
    items.sciatica!.nextReview = '2026-06-10';
    items.language!.reviewerRole = 'Clinical lead, pending sign-off';
  });
  const lint = lintContent(content, { today: TODAY, source: NO_SOURCE });
  const html = renderReport(content, lint, { generatedAt: '2026-06-01T09:00:00Z', contentDir: 'content' });

  it('shows every item with its dates, role, sources and both languages side by side', () => {
    for (const id of ['main', 'sciatica', 'language', 'messages', 'tips', 'daily']) expect(html).toContain(`<section class="item" id="${id}">`);
    expect(html).toContain('Reviewed 2026-01-10, next review 2027-01-10. Reviewer role: Clinical lead.');
    expect(html).toContain('Sources: <span class="sources">NICE NG59</span>');
    expect(html).toContain('<td lang="en"><span class="text">Most of it gets better in a few weeks. Keep moving as you can.<span class="footer">\nReply BACK for the list, MENU for topics</span></span>');
    expect(html).toContain('<td lang="es"><span class="text">La ciática es un dolor que baja por una pierna. Suele mejorar en unas semanas.</span>');
    expect(html).toContain('<th scope="row">Program</th><td lang="en">day 1: signs; days 2-14: varied (a different pool tip each day)</td>');
  });

  it('escapes content text', () => {
    expect(html).toContain('Heat &#60;b&#62;&#38;&#60;/b&#62; &#34;ice&#34; are fine.');
    expect(html).not.toContain('<b>&</b>');
  });

  it('scores each SMS page on its own, and shows the voice score and the findings', () => {
    const page = html.match(/<th scope="row">SMS 2<\/th><td lang="en">.*?<\/td>/s)![0];
    expect(page).toMatch(/\[\d+ ch, GSM-7, 1 seg, <span class="(ok|error)">FK -?\d+\.\d/);
    expect(html).toMatch(/<td lang="es">.*?FH \d+\.\d/s);
    expect(html).toMatch(/voice: <span class="ok">FK grade \d+\.\d/);
    expect(html).toContain('warning: <b>next-review</b>: review due in 9 days (nextReview 2026-06-10)');
  });

  it('opens with a table of contents whose links name sections of the report', () => {
    const toc = html.match(/<nav id="toc".*?<\/nav>/s)![0];
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets).toEqual(expect.arrayContaining(['part-red-flags', 'triage', 'cause-lines', 'day-one', 'part-items', 'sciatica', 'sign-off']));
    for (const id of targets) expect(html, id).toContain(`id="${id}"`);
    expect(toc).toContain('<a href="#language">language</a> <span class="small pending">(pending)</span>');
    expect(toc).toContain('<a href="#main">main</a></li>');
  });

  it('puts the red-flag content first: triage replies, then the cause summaries\' page 1 and day 1 of the program, then the other items', () => {
    const at = (marker: string) => html.indexOf(marker);
    expect(at('<h2 id="part-red-flags">')).toBeGreaterThan(at('<nav id="toc"'));
    expect(at('<section class="item" id="triage">')).toBeGreaterThan(at('<h2 id="part-red-flags">'));
    expect(at('<section class="item" id="cause-lines">')).toBeGreaterThan(at('<section class="item" id="triage">'));
    expect(at('<section class="item" id="day-one">')).toBeLessThan(at('<h2 id="part-items">'));
    expect(at('<h2 id="part-items">')).toBeLessThan(at('<section class="item" id="main">'));
    expect(html.match(/<section class="item" id="day-one">.*?<\/section>/s)![0]).toContain('Call or text 988');
  });

  it('has a sign-off row per item with room to write, each pending until signed, and a print view', () => {
    const table = html.match(/<table class="sign-off">.*?<\/table>/s)![0];
    for (const label of ['Reviewer', 'Role', 'Date', 'Signature']) expect(table).toContain(`<th>${label}</th>`);
    expect(table).toContain('<tr><td class="text"><a href="#language">language</a></td><td class="text">1</td><td class="text pending">pending sign-off</td><td></td><td></td><td></td><td></td></tr>');
    expect(table).toContain('<td class="text signed">signed (Clinical lead, 2026-01-10)</td>');
    expect(table.match(/<tr><td class="text">/g)).toHaveLength(content.items.length + 1);
    expect(html).toContain('<span class="status pending">pending sign-off</span>');
    expect(html).toMatch(/@media print \{[^]*\.screen-only \{ display: none; \}/);
  });
});

describe('renderReport with triage texts', () => {
  it('adds a triage section with its review dates and both languages side by side', () => {
    const content = buildFixture();
    const html = renderReport(content, lintContent(content, { today: TODAY, source: NO_SOURCE }), { generatedAt: 'now', contentDir: 'content' });
    const { en, es } = content.triage.replies.emergency;
    expect(html).toContain('<section class="item" id="triage">');
    expect(html).toContain(`<tr><th scope="row">reply emergency</th><td lang="en"><span class="text">${en}</span>`);
    expect(html).toContain(`<td lang="es"><span class="text">${es}</span>`);
  });
});
