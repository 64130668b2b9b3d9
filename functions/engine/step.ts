import { MAIN_MENU, type Content } from '../content/model.js';
import type { Action, Lang, Node } from '../content/schema.js';
import { resolveInput } from './keywords.js';
import { menuReply, message, topicPageReply } from './render.js';
import { guessLanguage } from './language.js';
import { answerCheck, askCheck, screen, startCheck } from './safety.js';
import { clear } from './stateOps.js';
import type { ConversationState, Intent, Reply, StepResult, Turn } from './types.js';

/** The state of a contact Backline has not heard from (or whose state expired). */
export function initialState(lang: Lang | undefined = 'en'): ConversationState {
  return { lang: lang ?? 'en', trail: [MAIN_MENU] };
}

/** Advances one conversation by one input. Pure: same content, state and turn give the same result. Red flags are screened first, always. */
export function step(content: Content, previous: ConversationState | undefined, turn: Turn): StepResult {
  const first = previous === undefined;
  const start = previous ?? initialState(guessLanguage(turn.text));
  const safety = screen(content, start, turn.text);
  if (safety) return safety;
  let state = start.pending?.kind === 'ask' ? clear(start, 'pending') : start;
  const match = resolveInput(content, state.lang, turn.text);
  if (state.pending?.kind === 'check') {
    const answered = answerCheck(content, state, turn.text);
    if (answered) return answered;
    if (match.kind !== 'command' && match.kind !== 'node') return { ...askCheck(content, state) };
    state = clear(state, 'pending');
  }
  // A word spelled exactly as in the other language only (HOLA, CIATICA) switches the conversation to it.
  if ((match.kind === 'node' || match.kind === 'command') && match.exact && match.lang !== state.lang) state = { ...state, lang: match.lang };
  const result = navigate(content, state, match);
  const replies = first ? [message(content, 'welcome', result.state.lang), ...result.replies] : result.replies;
  return { state: result.state, replies, intents: result.intents ?? [] };
}

type Nav = { state: ConversationState; replies: Reply[]; intents?: Intent[] };

function navigate(content: Content, state: ConversationState, match: ReturnType<typeof resolveInput>): Nav {
  switch (match.kind) {
    case 'command':
      switch (match.command) {
        case 'menu':
          return open(content, state, MAIN_MENU);
        case 'help':
          return { state, replies: [message(content, 'help', state.lang)] };
        case 'more':
          return more(content, state);
        case 'back':
          return back(content, state);
      }
      break;
    case 'number': {
      const menu = content.nodes.get(currentMenu(state));
      const target = menu?.kind === 'menu' ? menu.options[match.n - 1] : undefined;
      if (target) return open(content, state, target);
      return { state, replies: [message(content, 'unknown', state.lang)] };
    }
    case 'node':
      return open(content, state, match.id);
    case 'none':
      return { state, replies: [message(content, 'unknown', state.lang)] };
  }
}

function currentMenu(state: ConversationState): string {
  return state.trail[state.trail.length - 1] ?? MAIN_MENU;
}

function open(content: Content, state: ConversationState, id: string): Nav {
  const node = content.nodes.get(id);
  if (!node) return { state, replies: [message(content, 'unknown', state.lang)] };
  return show(content, state, node);
}

function show(content: Content, state: ConversationState, node: Node): Nav {
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
      return runAction(content, state, node);
  }
}

/** Built-in behaviours named by content (`kind: action`). */
function runAction(content: Content, state: ConversationState, node: Action): Nav {
  switch (node.action) {
    case 'check':
      return startCheck(content, state);
    case 'language': {
      const lang: Lang = state.lang === 'en' ? 'es' : 'en';
      const main = open(content, { ...state, lang }, MAIN_MENU);
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
function back(content: Content, state: ConversationState): Nav {
  const kept = state.topic ? state.trail : state.trail.slice(0, -1);
  const trail = kept.length > 0 ? kept : [MAIN_MENU];
  return open(content, { ...clear(state, 'topic'), trail }, currentMenu({ ...state, trail }));
}
