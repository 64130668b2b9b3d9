import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { Content } from '../../functions/content/model.js';
import type { Reply } from '../../functions/core/reply.js';
import { smsStep } from '../../functions/engine/sms.js';
import type { ConversationState, Intent, StepResult, Turn } from '../../functions/engine/types.js';
import { voiceStep } from '../../functions/engine/voice.js';
import { loadContent } from '../../tools/content/load-yaml.js';
import { FIXTURE_CONTENT_DIR } from './content.js';

/**
 * Golden conversation scripts (tests/conversations/*.yaml, voice/*.yaml, and the phone simulator's exports):
 * inputs in, replies expected, replayed through the pure engine with a fixed clock unless a step says `at`.
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
  /** When the input arrived (ISO instant); default: one minute after the previous step from a fixed start. */
  at?: string;
  /** The contact's time zone as the edge inferred it (Twilio's FromState). */
  timeZone?: string;
  replies: ExpectedReply[];
  lang?: 'en' | 'es';
  topic?: string | null;
  page?: number;
  /** Voice: what the call does next. */
  next?: 'gather' | 'hangup' | 'transfer';
  /** Side effects, as `type` or `escalate <tier>`; omitted means none. */
  intents?: string[];
}
/** A golden script as its YAML holds it. */
export interface GoldenScript {
  name: string;
  channel?: 'sms' | 'voice';
  /** The content folder it was written for, relative to the repository root; default: the fixture content. */
  content?: string;
  steps: ScriptStep[];
}

const ROOT = resolve(import.meta.dirname, '../..');
const START = Date.parse('2026-03-08T09:00:00Z');
const contents = new Map<string, Content>();

function contentFor(script: GoldenScript): Content {
  const dir = script.content ? join(ROOT, script.content) : FIXTURE_CONTENT_DIR;
  let found = contents.get(dir);
  if (!found) contents.set(dir, (found = loadContent(dir)));
  return found;
}

function turnOf(channel: 'sms' | 'voice', s: ScriptStep, at: number): Turn {
  const zone = s.timeZone !== undefined ? { timeZone: s.timeZone } : {};
  if (channel === 'sms') return { channel, at, text: s.send ?? '', ...zone };
  return { channel, at, text: s.say ?? '', ...zone, ...(s.press !== undefined ? { digits: s.press } : {}), ...(s.call ? { callStart: true } : {}), ...(s.canText ? { canText: true } : {}) };
}

const intentName = (i: Intent) => (i.type === 'escalate' ? `escalate ${i.tier}` : i.type);

function expectReply(got: Reply | undefined, want: ExpectedReply, where: string): void {
  if (want.text !== undefined) expect(got?.text, where).toBe(want.text);
  for (const part of want.contains ?? []) expect(got?.text, where).toContain(part);
  if (want.id !== undefined) expect(got?.contentId, where).toBe(want.id);
}

/** Parses a golden script's YAML. */
export function parseScript(yaml: string): GoldenScript {
  return parse(yaml) as GoldenScript;
}

/** Replays `script` step by step through the channel's engine, expecting each step's replies, intents and state. */
export function replayScript(file: string, script: GoldenScript): void {
  const channel = script.channel ?? 'sms';
  const engine = channel === 'sms' ? smsStep : voiceStep;
  const content = contentFor(script);
  let state: ConversationState | undefined;
  script.steps.forEach((s, i) => {
    const at = s.at !== undefined ? Date.parse(s.at) : START + i * 60_000;
    const result: StepResult = engine(content, state, turnOf(channel, s, at));
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
