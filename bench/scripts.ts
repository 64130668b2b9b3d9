import { MAIN_MENU, type Content } from '../functions/content/model.js';

/** Inputs that move around without escalating, switching language or subscribing: safe noise for any state. */
const NOISE = ['MORE', 'BACK', 'HELP', '1', 'MENU', 'more', 'back'] as const;

/** The state a script must leave, derived from the content graph alone (the engine is not consulted). */
export interface ExpectedState {
  /** One per distinct message: replays never advance it. */
  version: number;
  lang: 'en';
  trail: string[];
  topic: { id: string; page: number };
}

/** One simulated contact's ten texts, which of them Twilio re-sends, and where the conversation must end. */
export interface ContactScript {
  bodies: string[];
  /** Turn indexes re-sent after their answer (a Twilio retry): same MessageSid, same body. */
  replayAfter: number[];
  /** Turn indexes sent twice at once (a retry racing the original). */
  replayConcurrent: number[];
  expect: ExpectedState;
}

/** A small deterministic PRNG (mulberry32) so scripts are the same in every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The main-menu option (1-based) that opens a submenu of topics, and those topics' option numbers there. */
function topicRoute(content: Content): { menuOption: number; menuId: string; topics: Array<{ option: number; id: string }> } {
  const main = content.nodes.get(MAIN_MENU);
  if (main?.kind !== 'menu') throw new Error('content has no main menu');
  for (const [i, id] of main.options.entries()) {
    const sub = content.nodes.get(id);
    if (sub?.kind !== 'menu') continue;
    const topics = sub.options.flatMap((t, j) => (content.nodes.get(t)?.kind === 'topic' ? [{ option: j + 1, id: t }] : []));
    if (topics.length > 0) return { menuOption: i + 1, menuId: id, topics };
  }
  throw new Error('no main-menu option leads to a menu of topics');
}

/**
 * Ten texts for contact `i`: MENU, six noise inputs, then MENU, a submenu number and a topic number, so the final
 * state is known from the content alone: version 10, trail [main, submenu], topic at page 0.
 */
export function tenTurnScript(content: Content, i: number): ContactScript {
  const route = topicRoute(content);
  const random = prng(i + 1);
  const noise = Array.from({ length: 6 }, () => NOISE[Math.floor(random() * NOISE.length)] ?? 'MORE');
  const topic = route.topics[i % route.topics.length] ?? route.topics[0];
  if (!topic) throw new Error('no topic');
  const bodies = ['MENU', ...noise, 'MENU', String(route.menuOption), String(topic.option)];
  return {
    bodies,
    replayAfter: i % 5 === 0 ? [2 + (i % 6)] : [],
    replayConcurrent: i % 7 === 3 ? [1 + (i % 8)] : [],
    expect: { version: bodies.length, lang: 'en', trail: [MAIN_MENU, route.menuId], topic: { id: topic.id, page: 0 } },
  };
}

/** Keypad presses of a ten-turn call after the call start: English, a condition menu, a summary, repeat, main menu... */
export const VOICE_PRESSES = ['1', '1', '1', '*', '0', '2', '1', '0', '1'] as const;
