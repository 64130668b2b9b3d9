import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Reply } from '../../functions/core/reply.js';
import { smsStep } from '../../functions/engine/sms.js';
import type { ConversationState, Intent, StepResult, Turn } from '../../functions/engine/types.js';
import { voiceStep } from '../../functions/engine/voice.js';
import { loadContent } from '../../tools/content/load-yaml.js';

/**
 * Golden conversation scripts, written by hand from the fixture content: inputs in, replies expected, replayed
 * through the pure engine with a fixed clock. SMS scripts sit in this folder (`send:`), voice scripts in voice/
 * (`call:`, `press:`, `say:`, `silence:`).
 */
interface ExpectedReply {
  text?: string;
  contains?: string[];
  id?: string;
}
interface ScriptStep {
  send?: string;
  call?: boolean;
  press?: string;
  say?: string;
  silence?: boolean;
  canText?: boolean;
  replies: ExpectedReply[];
  lang?: 'en' | 'es';
  topic?: string | null;
  page?: number;
  /** Voice: what the call does next. */
  next?: 'gather' | 'hangup' | 'transfer';
  /** Side effects, as `type` or `escalate <tier>`; omitted means none. */
  intents?: string[];
}
interface Script {
  name: string;
  channel?: 'sms' | 'voice';
  steps: ScriptStep[];
}

const dir = import.meta.dirname;
const content = loadContent(join(dir, '../fixtures/content'));
const START = Date.parse('2026-03-08T09:00:00Z');

function turnOf(channel: 'sms' | 'voice', s: ScriptStep, at: number): Turn {
  if (channel === 'sms') return { channel, at, text: s.send ?? '' };
  return { channel, at, text: s.say ?? '', ...(s.press !== undefined ? { digits: s.press } : {}), ...(s.call ? { callStart: true } : {}), ...(s.canText ? { canText: true } : {}) };
}

const intentName = (i: Intent) => (i.type === 'escalate' ? `escalate ${i.tier}` : i.type);

function expectReply(got: Reply | undefined, want: ExpectedReply, where: string): void {
  if (want.text !== undefined) expect(got?.text, where).toBe(want.text);
  for (const part of want.contains ?? []) expect(got?.text, where).toContain(part);
  if (want.id !== undefined) expect(got?.contentId, where).toBe(want.id);
}

function replay(file: string, script: Script): void {
  const channel = script.channel ?? 'sms';
  const engine = channel === 'sms' ? smsStep : voiceStep;
  let state: ConversationState | undefined;
  script.steps.forEach((s, i) => {
    const result: StepResult = engine(content, state, turnOf(channel, s, START + i * 60_000));
    const where = `${file} step ${i + 1} (${JSON.stringify(s.send ?? s.say ?? s.press ?? (s.call ? 'call' : 'silence'))})`;
    expect(result.replies.length, where).toBe(s.replies.length);
    s.replies.forEach((want, j) => expectReply(result.replies[j], want, where));
    expect(result.intents.map(intentName), where).toEqual(s.intents ?? []);
    if (s.next) expect(result.voice?.kind, where).toBe(s.next);
    if (s.lang) expect(result.state.lang, where).toBe(s.lang);
    if (s.topic !== undefined) expect(result.state.topic?.id ?? null, where).toBe(s.topic);
    if (s.page !== undefined) expect(result.state.topic?.page, where).toBe(s.page - 1);
    state = result.state;
  });
}

for (const sub of ['', 'voice']) {
  const folder = join(dir, sub);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
    const script = parse(readFileSync(join(folder, file), 'utf8')) as Script;
    describe(`conversation: ${script.name}`, () => {
      it(`replays ${join(sub, file)}`, () => replay(join(sub, file), script));
    });
  }
}
