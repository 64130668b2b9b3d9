import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEV_PHONE_HASH_KEY, parseConfig } from '../../functions/app/config.js';
import { buildDeps } from '../../functions/app/deps.js';
import { handleSmsWebhook } from '../../functions/app/sms-webhook.js';
import { handleVoiceWebhook } from '../../functions/app/voice-webhook.js';
import { ContentError } from '../../functions/content/errors.js';
import { ConversationStateSchema } from '../../functions/engine/state.js';
import { LocalOutbox } from '../../dev/local-outbox.js';
import { messagesOf, parseVoice } from '../../dev/twiml.js';
import { loadContent } from '../../tools/content/load-yaml.js';
import { lintContent } from '../../tools/lint/lint-content.js';
import { NO_SOURCE } from '../helpers/lint-fixture.js';
import { sms, TEST_BASE, TEST_TOKEN, twilioEvent } from '../helpers/events.js';
import { MemoryEscalations, MemoryStore } from '../property/memory.js';

/** A made-up language, "xx", added to a tiny English content set as content plus one row of languages.yaml. */
const PSEUDO_DIR = join(import.meta.dirname, '../fixtures/pseudo-lang');
const content = loadContent(PSEUDO_DIR);
const xx = content.languages.list.find((l) => String(l.code) === 'xx');
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The real webhook pipeline on the pseudo-language content and in-memory storage. */
function hotline() {
  const config = parseConfig({ TWILIO_AUTH_TOKEN: TEST_TOKEN, PUBLIC_BASE_URL: TEST_BASE, PHONE_HASH_KEY: DEV_PHONE_HASH_KEY, CONTENT_DIR: PSEUDO_DIR });
  const deps = buildDeps(config, content, { store: new MemoryStore(), escalations: new MemoryEscalations(), sender: new LocalOutbox(), log: () => {} });
  const from = '+12025550123';
  return {
    text: async (body: string) => messagesOf((await handleSmsWebhook(deps, twilioEvent(sms(from, body)))).body),
    call: async (path: string, query: string, extra: Record<string, string> = {}) => {
      const params = { CallSid: `CA${'1'.repeat(32)}`, From: from, To: '+15005550006', AccountSid: `AC${'1'.repeat(32)}`, CallStatus: 'in-progress', ...extra };
      return parseVoice((await handleVoiceWebhook(deps, twilioEvent(params, { path, query }))).body);
    },
  };
}

/** A copy of the fixture with `change` applied to its parsed YAML files (by path under the content directory). */
function changedFixture(change: (files: Record<string, Record<string, unknown>>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'backline-pseudo-'));
  dirs.push(dir);
  cpSync(PSEUDO_DIR, dir, { recursive: true });
  const paths = ['languages.yaml', 'triage.yaml', 'items/facts.yaml'];
  const files = Object.fromEntries(paths.map((p) => [p, parse(readFileSync(join(dir, p), 'utf8')) as Record<string, unknown>]));
  change(files);
  for (const p of paths) writeFileSync(join(dir, p), stringify(files[p]));
  return dir;
}

function loadProblems(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('a language added as content plus one row (the pseudo-language fixture, "xx")', () => {
  it('loads with the languages of its table, in order, the first the default; a stored conversation in xx parses', () => {
    expect(content.languages.codes).toEqual(['en', 'xx']);
    expect(content.languages.default.code).toBe('en');
    expect(ConversationStateSchema.safeParse({ lang: 'xx', trail: ['main'] }).success).toBe(true);
  });

  it('answers texts in xx from its row and its content: a menu keyword, a menu number, STOP and START', async () => {
    const line = hotline();
    const menu = content.nodes.get('main');
    const facts = content.nodes.get('facts');
    if (menu?.kind !== 'menu' || facts?.kind !== 'topic' || !xx) throw new Error('fixture items missing');
    const first = await line.text('zhi');
    expect(first[0]).toBe(content.messages.welcome[xx.code]);
    expect(first[1]).toMatch(new RegExp(`^${menu[xx.code].intro.replace(/[?]/g, '\\?')}\\n1 Zback zfacts\\n2 Zcheck zsymptoms\\n3 English$`));
    expect(await line.text('zfacts')).toEqual([`${facts[xx.code].sms[0]}\n(1/2) Zreply ZMORE`]);
    expect(await line.text('zmore')).toEqual([`${facts[xx.code].sms[1]}\nZreply ZBACK zor ZMENU`]);
    expect((await line.text('zmenu'))[0]).toContain('1 Zback zfacts');
    expect((await line.text('zone'))[0]).toContain(facts[xx.code].sms[0]);
    expect(await line.text('ZSTOP')).toEqual([content.messages.stopConfirm[xx.code]]);
    expect(await line.text('zstart')).toEqual([content.messages.startConfirm[xx.code]]);
    expect(await line.text('stop')).toEqual([content.messages.stopConfirm.en]);
  });

  it('reads a yes/no answer in xx: the symptom check asks in xx, ZNO gives the all-clear and ZYES the emergency advice', async () => {
    const line = hotline();
    const question = content.triage.check[0];
    if (!question || !xx) throw new Error('fixture check question missing');
    await line.text('zhi');
    expect(await line.text('zcheck')).toEqual([question[xx.code]]);
    expect(await line.text('zno')).toEqual([content.triage.replies.none[xx.code]]);
    await line.text('zcheck');
    expect(await line.text('zyes')).toEqual([content.triage.replies.emergency[xx.code]]);
  });

  it("speaks xx with its row's Polly voice and language, and listens for its speech language", async () => {
    const line = hotline();
    const start = await line.call('/twilio/voice', '');
    expect(start.says.map((s) => [s.voice, s.language])).toEqual([['Polly.Joanna-Neural', 'en-US'], ['Polly.Vicki-Neural', 'de-DE']]);
    expect(start.says[1]?.text).toBe('Zfor Zpseudo, zpress 2.');
    const menu = await line.call('/twilio/voice/input', new URL(start.action ?? '').search.slice(1), { Digits: '2' });
    expect(menu.gatherLanguage).toBe('de-DE');
    expect(menu.says).toEqual([{ text: 'Zmain zmenu. Zfor Zback zfacts, zpress 1. Zfor Zcheck zsymptoms, zpress 2. Zpseudo voiceMenuEnd. Zin zemergency zcall 9 1 1.', voice: 'Polly.Vicki-Neural', language: 'de-DE' }]);
  });
});

describe('content:check on a language added as a row', () => {
  it("scores xx with its row's formula and limit, and warns that the clinical phrase rules have no xx phrases", () => {
    const report = lintContent(content, { today: '2026-12-01', source: NO_SOURCE });
    const scores = report.scores.filter((s) => String(s.lang) === 'xx');
    expect(scores.length).toBeGreaterThan(10);
    expect(scores.every((s) => s.formula === 'flesch-kincaid-grade' && s.limit === 12)).toBe(true);
    expect(report.warnings.filter((w) => String(w.lang) === 'xx' && w.rule.endsWith('-phrases')).map((w) => w.rule)).toEqual(['safety-phrases', 'tip-phrases']);
  });
});

describe('a language without its row, or a row without its text, does not load', () => {
  it('names the language when the content has xx text and languages.yaml has no xx row', () => {
    const problems = loadProblems(changedFixture((files) => {
      const table = files['languages.yaml'] as { languages: { code: string }[] };
      table.languages = table.languages.filter((row) => row.code !== 'xx');
    }));
    expect(problems).toContain('items/facts.yaml: (item): "xx": not a field here, nor a language with a row in content/languages.yaml');
    expect(problems).toContain('triage.yaml: replies.emergency.xx: text in xx, which has no row in content/languages.yaml');
  });

  it('names the language when languages.yaml has an xx row and an item or a triage reply has no xx text', () => {
    const problems = loadProblems(changedFixture((files) => {
      delete files['items/facts.yaml']!.xx;
      delete (files['triage.yaml']!.replies as Record<string, Record<string, string>>).emergency!.xx;
    }));
    expect(problems).toContain('items/facts.yaml: xx: no xx text: content/languages.yaml has a row for xx');
    expect(problems).toContain('triage.yaml: replies.emergency: no xx text: content/languages.yaml has a row for xx');
  });

  it('is reported by npm run content:check', () => {
    const dir = changedFixture((files) => {
      delete files['items/facts.yaml']!.xx;
    });
    const run = spawnSync('npx', ['tsx', 'tools/content-check.ts'], { cwd: join(import.meta.dirname, '../..'), env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('items/facts.yaml: xx: no xx text: content/languages.yaml has a row for xx');
  });
});
