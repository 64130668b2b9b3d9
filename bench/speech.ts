import { handleVoiceWebhook } from '../functions/app/voice-webhook.js';
import { spokenWords } from '../tools/lint/voice-prompts.js';
import { VOICE_MAIN_MENU } from '../functions/content/model.js';
import { parseVoice, type CallTurn } from '../dev/twiml.js';
import type { BenchEnv } from './env.js';
import { phoneOf, signedEvent, voiceParams } from './events.js';
import { ROUTES } from '../functions/core/routes.js';

/** Speaking rate the figures assume. */
const WORDS_PER_MINUTE = 150;

/** Seconds of speech a caller hears, at 150 words a minute. */
export interface SpeechFigures {
  /** From the first word until "call 9 1 1" has been said. */
  emergencyLine: number;
  /** Speech before the main menu starts (welcome + language offer). */
  toMainMenu: number;
  /** English callers "stay on the line": the Gather timeout they wait before the main menu (not speech). */
  languageWaitSeconds: number;
  /** Per condition summary: speech until it starts, listening to each menu until the wanted option has been announced. */
  summaries: Array<{ id: string; keys: string; seconds: number }>;
}

const seconds = (text: string) => (spokenWords(text) / WORDS_PER_MINUTE) * 60;

/** Text spoken up to and including the first `needle` (the whole text when absent). */
function upTo(text: string, needle: string): string {
  const at = text.indexOf(needle);
  return at < 0 ? text : text.slice(0, at + needle.length);
}

/** Measures what callers hear through the real voice handler and content: every summary reachable from the voice main menu within two presses. */
export async function voiceSpeech(env: BenchEnv): Promise<SpeechFigures> {
  const { content } = env;
  let calls = 0;
  const call = async (presses: Array<string | undefined>): Promise<{ turns: CallTurn[]; xml: string[] }> => {
    calls += 1;
    const callSid = `CA5${String(calls).padStart(31, '0')}`;
    const turns: CallTurn[] = [];
    const xml: string[] = [];
    let next: string = ROUTES.voice;
    for (const press of [null, ...presses]) {
      const extra: Record<string, string> = typeof press === 'string' ? { Digits: press } : {};
      const res = await handleVoiceWebhook(env.deps, signedEvent(env.config.PUBLIC_BASE_URL, env.config.TWILIO_AUTH_TOKEN, next, voiceParams(callSid, phoneOf(calls, 8), extra)));
      const turn = parseVoice(res.body);
      turns.push(turn);
      xml.push(res.body);
      if (turn.action) next = `${new URL(turn.action).pathname}${new URL(turn.action).search}`;
    }
    return { turns, xml };
  };
  const spoken = (turn: CallTurn | undefined) => (turn?.says ?? []).map((s) => s.text).join(' ');
  const opening = await call([undefined]);
  const welcome = spoken(opening.turns[0]);
  const wait = Number(/timeout="(\d+)"/.exec(opening.xml[0] ?? '')?.[1] ?? Number.NaN);
  const summaries: SpeechFigures['summaries'] = [];
  const main = content.nodes.get(VOICE_MAIN_MENU);
  if (main?.kind !== 'menu') throw new Error('no voice main menu');
  for (const [i, id] of main.options.entries()) {
    const node = content.nodes.get(id);
    const paths: Array<{ topic: string; keys: string[] }> =
      node?.kind === 'topic' ? [{ topic: id, keys: [String(i + 1)] }]
      : node?.kind === 'menu' ? node.options.flatMap((t, j) => (content.nodes.get(t)?.kind === 'topic' ? [{ topic: t, keys: [String(i + 1), String(j + 1)] }] : []))
      : [];
    for (const path of paths) {
      const { turns } = await call([undefined, ...path.keys]);
      // turns: [welcome, main menu, (submenu), summary]; each menu is heard until its wanted option's "press N."
      let text = welcome;
      path.keys.forEach((key, k) => (text += ` ${upTo(spoken(turns[1 + k]), `press ${key}.`)}`));
      const summary = turns[turns.length - 1]?.says[0]?.text;
      const topic = content.nodes.get(path.topic);
      if (topic?.kind !== 'topic' || summary !== topic.en.voice) throw new Error(`keys ${path.keys.join(',')} did not reach ${path.topic}`);
      summaries.push({ id: path.topic, keys: path.keys.join(' '), seconds: seconds(text) });
    }
  }
  return { emergencyLine: seconds(upTo(welcome, '9 1 1')), toMainMenu: seconds(welcome), languageWaitSeconds: wait, summaries };
}
