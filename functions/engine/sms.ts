import { MAIN_MENU, type Content } from '../content/model.js';
import type { Action, Node } from '../content/schema.js';
import type { Lang } from '../core/langs.js';
import { resolveInput } from './keywords.js';
import { menuReply, message, topicPageReply } from './render.js';
import { clearLanguage, guessLanguage, inKnownLanguage } from './language.js';
import { answerCheck, askCheck, notUnderstood, screen, startCheck } from './safety.js';
import { clear } from './state-fields.js';
import { normalize } from '../text/normalize.js';
import { isOptOut } from '../content/languages.js';
import { joinProgram, offerProgram, optIn, optOut, pauseOrResume, setHour, tipNow } from './daily-program.js';
import type { ConversationState, Intent, StepResult, Turn } from './types.js';
import { type Reply } from '../core/reply.js';

/** The state of a contact Backline has not heard from (or whose state expired), in `lang`. */
export function initialState(lang: Lang = 'en'): ConversationState {
  return { lang, trail: [MAIN_MENU] };
}

/** Advances an SMS conversation by one text. Pure: same content, state and turn give the same result. Red flags are screened first, always. */
export function smsStep(content: Content, previous: ConversationState | undefined, turn: Turn): StepResult {
  const first = previous === undefined;
  const start = previous ? inKnownLanguage(content, previous) : initialState(guessLanguage(content.languages, turn.text) ?? content.languages.default.code);
  const safety = screen(content, start, turn.text, 'sms', !first);
  if (safety) return safety;
  let state = start.pending?.kind === 'ask' ? clear(start, 'pending') : start;
  let match = resolveInput(content, state.lang, turn.text);
  const checking = state.pending?.kind === 'check';
  if (checking) {
    const answered = answerCheck(content, state, turn.text);
    if (answered) return answered;
  }
  // STOP, START and TIME are honoured even in the middle of the symptom check (which they end).
  const subscription = subscriptionCommand(content, checking ? clear(state, 'pending') : state, turn);
  if (subscription) return { ...subscription, intents: [] };
  if (checking) {
    if (match.kind !== 'command' && match.kind !== 'node') return { ...askCheck(content, state) };
    state = clear(state, 'pending');
  }
  // A word spelled exactly as in the other language only (HOLA, CIATICA) switches the conversation to it, and
  // so does a sentence clearly written in the other language; the reply then comes in that language.
  const exact = (match.kind === 'node' || match.kind === 'command') && match.exact ? match.lang : undefined;
  const said = exact ?? clearLanguage(content.languages, turn.text);
  if (said && said !== state.lang) {
    state = { ...state, lang: said };
    // A sentence in the other language is read in that language first ("me duele" is not an English topic).
    if (!exact) match = resolveInput(content, said, turn.text);
  }
  const result = navigate(content, state, match, turn);
  const replies = first ? [message(content, 'welcome', result.state.lang), ...result.replies] : result.replies;
  return { state: result.state, replies, intents: result.intents ?? [] };
}

type Nav = { state: ConversationState; replies: Reply[]; intents?: Intent[] };

function navigate(content: Content, state: ConversationState, match: ReturnType<typeof resolveInput>, turn: Turn): Nav {
  switch (match.kind) {
    case 'command':
      switch (match.command) {
        case 'menu':
          return open(content, state, MAIN_MENU, turn);
        case 'help':
          return { state, replies: [message(content, 'help', state.lang)] };
        case 'more':
          return more(content, state);
        case 'back':
          return back(content, state, turn);
        case 'pause':
        case 'resume':
          return pauseOrResume(content, state, match.command === 'resume');
      }
      break;
    case 'number': {
      const menu = content.nodes.get(currentMenu(state));
      const target = menu?.kind === 'menu' ? menu.options[match.n - 1] : undefined;
      if (target) return open(content, state, target, turn);
      return notUnderstood(content, state, turn.text) ?? { state, replies: [message(content, 'unknown', state.lang)] };
    }
    case 'node':
      return open(content, state, match.id, turn);
    case 'none':
      return notUnderstood(content, state, turn.text) ?? { state, replies: [message(content, 'unknown', state.lang)] };
  }
}

function currentMenu(state: ConversationState): string {
  return state.trail[state.trail.length - 1] ?? MAIN_MENU;
}

function open(content: Content, state: ConversationState, id: string, turn: Turn): Nav {
  const node = content.nodes.get(id);
  if (!node) return { state, replies: [message(content, 'unknown', state.lang)] };
  return show(content, state, node, turn);
}

function show(content: Content, state: ConversationState, node: Node, turn: Turn): Nav {
  switch (node.kind) {
    case 'menu': {
      const at = state.trail.indexOf(node.id);
      const trail = node.id === MAIN_MENU ? [MAIN_MENU] : at >= 0 ? state.trail.slice(0, at + 1) : [...state.trail, node.id];
      const next: ConversationState = { ...clear(state, 'topic'), trail };
      return { state: next, replies: [menuReply(content, node, state.lang)] };
    }
    case 'topic': {
      const next: ConversationState = { ...state, topic: { id: node.id, page: 0 } };
      return { state: next, replies: [topicPageReply(content, node, state.lang, 0)] };
    }
    case 'action':
      return runAction(content, state, node, turn);
  }
}

/** Built-in behaviours named by content (`kind: action`). */
function runAction(content: Content, state: ConversationState, node: Action, turn: Turn): Nav {
  switch (node.action) {
    case 'check':
      return startCheck(content, state);
    case 'tips':
      return tipNow(content, state, turn.at);
    case 'daily':
      return offerProgram(content, state, turn.timeZone);
    case 'language': {
      const { list } = content.languages;
      const lang = list[(list.findIndex((l) => l.code === state.lang) + 1) % list.length]?.code ?? state.lang;
      const main = open(content, { ...state, lang }, MAIN_MENU, turn);
      return { state: main.state, replies: [message(content, 'languageSet', lang), ...main.replies] };
    }
  }
}

function more(content: Content, state: ConversationState): Nav {
  const topic = state.topic && content.nodes.get(state.topic.id);
  if (!state.topic || topic?.kind !== 'topic') return { state, replies: [message(content, 'noMore', state.lang)] };
  const page = state.topic.page + 1;
  if (page >= topic[state.lang].sms.length) return { state, replies: [message(content, 'noMore', state.lang)] };
  return { state: { ...state, topic: { id: topic.id, page } }, replies: [topicPageReply(content, topic, state.lang, page)] };
}

/** From a topic, back to the menu it was chosen from; from a menu, up one level. */
function back(content: Content, state: ConversationState, turn: Turn): Nav {
  const kept = state.topic ? state.trail : state.trail.slice(0, -1);
  const trail = kept.length > 0 ? kept : [MAIN_MENU];
  return open(content, { ...clear(state, 'topic'), trail }, currentMenu({ ...state, trail }), turn);
}

/** STOP and START words (exact, any case), YES to a tips offer, and TIME <hour>; START from someone who never stopped is a greeting (a bare YES is not). */
function subscriptionCommand(content: Content, state: ConversationState, turn: Turn): Nav | undefined {
  const words = normalize(turn.text);
  for (const { code: lang, start, greetings } of content.languages.list) {
    // Confirmed in the language of the words used: an English STOP in a Spanish conversation is answered in English.
    const said: ConversationState = { ...state, lang };
    if (isOptOut(content.languages, words, lang)) return optOut(content, said);
    if (start.has(words)) {
      if (state.tips?.status === 'offered') return joinProgram(content, said);
      if (state.optedOut) return optIn(content, said);
      if (greetings.has(words)) return open(content, said, MAIN_MENU, turn);
    }
  }
  const time = /^\s*(\S+)\s+(.+)$/.exec(turn.text);
  return time?.[1] && time[2] && content.languages.time.has(time[1].toLowerCase()) ? setHour(content, state, time[2]) : undefined;
}
