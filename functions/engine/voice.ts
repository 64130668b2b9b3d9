import { isImmediate } from '../core/tiers.js';
import { VOICE_MAIN_MENU, type Content } from '../content/model.js';
import type { Menu, Node, Topic } from '../content/schema.js';
import type { Lang } from '../core/langs.js';
import { normalize } from '../text/normalize.js';
import { parseYesNo } from '../triage/yes-no.js';
import { resolveInput } from './keywords.js';
import { inKnownLanguage } from './language.js';
import { fill } from './render.js';
import { answerCheck, askCheck, notUnderstood, screen, startCheck } from './safety.js';
import { clear } from './state-fields.js';
import type { ConversationState, StepResult, Turn, VoiceDirective } from './types.js';
import { type Reply } from '../core/reply.js';

/** Prompts in a row without input before the call ends. */
const MAX_SILENCES = 2;

type Voice = StepResult & { voice: VoiceDirective };

/** One step of a call: keypad digits or speech in, spoken replies and what the call does next out. Red flags in speech are screened first. */
export function voiceStep(content: Content, previous: ConversationState | undefined, turn: Turn): Voice {
  if (turn.callStart || previous === undefined) return welcome(content);
  const speech = turn.text.trim();
  const digits = (turn.digits ?? '').trim();
  let state = inKnownLanguage(content, previous);
  if (speech) {
    const safety = screen(content, state, speech, 'voice', !state.choosingLanguage);
    if (safety) return afterEscalation(content, { ...safety, state: { ...safety.state, noInput: 0 } }, turn);
  }
  if (!speech && !digits) return silence(content, state);
  state = { ...state, noInput: 0 };
  const said = normalize(speech);
  const { call, list } = content.languages;
  if (state.choosingLanguage) {
    // Key N picks the Nth language of the table (the offer names them from 2 on), and so does saying its name.
    const lang = (list.find((l, i) => (i > 0 && digits === String(i + 1)) || l.choose.has(said)) ?? content.languages.default).code;
    return menu(content, { lang, trail: [VOICE_MAIN_MENU], noInput: 0 }, VOICE_MAIN_MENU);
  }
  if (digits === '*' || call.repeat.has(said)) return repeat(content, state);
  if (digits === '0' || call.menu.has(said)) return menu(content, { ...clear(clear(state, 'topic'), 'pending') }, VOICE_MAIN_MENU);
  if (state.pending?.kind === 'check' || state.pending?.kind === 'ask') {
    const answer = digits === '1' ? 'yes' : digits === '2' ? 'no' : speech;
    const answered = state.pending.kind === 'check' ? answerCheck(content, state, answer, 'voice') : screen(content, state, answer, 'voice');
    if (answered) return afterEscalation(content, answered, turn);
    if (parseYesNo(answer, content.languages.yesNo) === null) return invalid(content, state);
  }
  if (state.topic && (digits === '9' || call.textMe.has(said))) return textMe(content, state, turn.canText === true);
  if (digits) {
    const target = currentMenu(content, state)?.options[Number(digits) - 1];
    const node = /^[1-9]$/.test(digits) && target ? content.nodes.get(target) : undefined;
    return node ? open(content, state, node) : invalid(content, state);
  }
  const match = resolveInput(content, state.lang, speech);
  if (match.kind === 'node') {
    const node = content.nodes.get(match.id);
    if (node) return open(content, state, node);
  }
  if (match.kind === 'number') {
    const target = currentMenu(content, state)?.options[match.n - 1];
    const node = target ? content.nodes.get(target) : undefined;
    if (node) return open(content, state, node);
  }
  if (match.kind === 'command' && match.command === 'back') return menu(content, clear(state, 'topic'), parentMenu(state));
  if (match.kind === 'command' && match.command === 'menu') return menu(content, clear(state, 'topic'), VOICE_MAIN_MENU);
  const net = notUnderstood(content, state, speech, 'voice');
  if (net) return net.state.pending ? gather(content, net) : { ...repeat(content, state), replies: [...net.replies, ...repeat(content, state).replies] };
  return invalid(content, state);
}

/** The prompt the caller is at, unchanged: for `*`, "repeat", and a callback that arrives out of order. */
export function repeat(content: Content, state: ConversationState): Voice {
  if (state.choosingLanguage) return welcome(content);
  if (state.pending?.kind === 'check') return gather(content, askCheck(content, state, 'voice'));
  const topic = state.topic && content.nodes.get(state.topic.id);
  if (topic?.kind === 'topic') return topicPrompt(content, state, topic);
  return menu(content, state, currentMenuId(state));
}

/** The welcome in the default language, then each other language offered in its own (key 2, 3... in table order). */
function welcome(content: Content): Voice {
  const lang = content.languages.default.code;
  const others = content.languages.list.slice(1);
  const offers = others.map(({ code }, i): Reply => ({ text: fill(content.messages.voiceLanguage[code], { n: i + 2 }), lang: code }));
  const hints = others.flatMap((l) => l.row.call.choose);
  return { state: { lang, trail: [VOICE_MAIN_MENU], choosingLanguage: true, noInput: 0 }, replies: [{ text: content.messages.voiceWelcome[lang], lang }, ...offers], intents: [], voice: { kind: 'gather', hints } };
}

function open(content: Content, state: ConversationState, node: Node): Voice {
  switch (node.kind) {
    case 'menu':
      return menu(content, state, node.id);
    case 'topic':
      return topicPrompt(content, { ...clear(state, 'pending'), topic: { id: node.id, page: 0 } }, node);
    case 'action':
      if (node.action === 'check') return gather(content, startCheck(content, state, 'voice'));
      return invalid(content, state);
  }
}

function menu(content: Content, state: ConversationState, id: string): Voice {
  const node = content.nodes.get(id);
  const target = node?.kind === 'menu' ? node : (content.nodes.get(VOICE_MAIN_MENU) as Menu);
  const at = state.trail.indexOf(target.id);
  const trail = target.id === VOICE_MAIN_MENU ? [VOICE_MAIN_MENU] : at >= 0 ? state.trail.slice(0, at + 1) : [...state.trail, target.id];
  const next: ConversationState = { ...clear(clear(state, 'topic'), 'pending'), trail };
  delete next.choosingLanguage;
  return { state: next, replies: [{ text: menuPrompt(content, target, state.lang), contentId: target.id, contentVersion: target.version }], intents: [], voice: { kind: 'gather', hints: hints(content, target, state.lang) } };
}

/** A voice menu read aloud: its intro, "For X, press N." per option, and how to repeat. */
export function menuPrompt(content: Content, menu: Menu, lang: Lang): string {
  const options = menu.options.map((id, i) => fill(content.messages.voiceOption[lang], { title: spokenTitle(content, id, lang), n: i + 1 }));
  return [menu[lang].intro, ...options, content.messages.voiceMenuEnd[lang]].join(' ');
}

/** The title a caller hears for a menu option: its voice title (accented for Polly) or else its SMS title. */
function spokenTitle(content: Content, id: string, lang: Lang): string {
  const node = content.nodes.get(id);
  return node ? (node[lang].voiceTitle ?? node[lang].title) : id;
}

function topicPrompt(content: Content, state: ConversationState, topic: Topic): Voice {
  const replies: Reply[] = [
    { text: topic[state.lang].voice, contentId: topic.id, contentVersion: topic.version },
    { text: content.messages.voiceTopicEnd[state.lang] },
  ];
  return { state, replies, intents: [], voice: { kind: 'gather', hints: [] } };
}

function textMe(content: Content, state: ConversationState, canText: boolean): Voice {
  const topic = state.topic && content.nodes.get(state.topic.id);
  if (topic?.kind !== 'topic') return repeat(content, state);
  if (!canText) return { ...topicEnd(content, state), replies: [{ text: content.messages.voiceTextUnavailable[state.lang] }, { text: content.messages.voiceTopicEnd[state.lang] }] };
  const intent = { type: 'text-me-this' as const, texts: topic[state.lang].sms, contentId: topic.id, contentVersion: topic.version };
  return { ...topicEnd(content, state), replies: [{ text: content.messages.voiceTextSent[state.lang] }, { text: content.messages.voiceTopicEnd[state.lang] }], intents: [intent] };
}

function topicEnd(content: Content, state: ConversationState): Voice {
  return { state, replies: [{ text: content.messages.voiceTopicEnd[state.lang] }], intents: [], voice: { kind: 'gather', hints: [] } };
}

function silence(content: Content, state: ConversationState): Voice {
  const noInput = (state.noInput ?? 0) + 1;
  if (state.choosingLanguage) return menu(content, { ...state, lang: content.languages.default.code, noInput: 0 }, VOICE_MAIN_MENU);
  if (noInput > MAX_SILENCES) return { state: { ...state, noInput }, replies: [{ text: content.messages.voiceGoodbye[state.lang] }], intents: [], voice: { kind: 'hangup' } };
  const again = repeat(content, { ...state, noInput });
  return { ...again, state: { ...again.state, noInput }, replies: [{ text: content.messages.voiceNoInput[state.lang] }, ...again.replies] };
}

function invalid(content: Content, state: ConversationState): Voice {
  const again = repeat(content, state);
  return { ...again, replies: [{ text: content.messages.voiceInvalid[state.lang] }, ...again.replies] };
}

/** After a spoken red flag: emergency and crisis advice is said twice and the call ends (the line must be free to dial); urgent transfers when a nurse line exists; otherwise back to the menu. */
function afterEscalation(content: Content, outcome: StepResult, turn: Turn): Voice {
  const escalation = outcome.intents.find((i) => i.type === 'escalate');
  if (!escalation) return gather(content, outcome);
  if (isImmediate(escalation.tier)) return { ...outcome, replies: [...outcome.replies, ...outcome.replies], voice: { kind: 'hangup' } };
  if (escalation.tier === 'urgent' && turn.nurseLine) return { ...outcome, replies: [...outcome.replies, { text: content.messages.voiceTransfer[outcome.state.lang] }], voice: { kind: 'transfer' } };
  const next = menu(content, outcome.state, VOICE_MAIN_MENU);
  return { ...next, replies: [...outcome.replies, ...next.replies], intents: outcome.intents };
}

function gather(content: Content, outcome: StepResult): Voice {
  const pending = outcome.state.pending;
  const asking = pending?.kind === 'check' || pending?.kind === 'ask';
  if (!asking && outcome.intents.length === 0 && !outcome.state.topic) {
    const next = menu(content, outcome.state, VOICE_MAIN_MENU);
    return { ...next, replies: [...outcome.replies, ...next.replies] };
  }
  // Each language's first yes and no word help the recognizer hear the answer.
  const hints = asking ? [...new Set(content.languages.list.flatMap(({ row }) => [row.yes[0] ?? '', row.no[0] ?? '']))] : [];
  return { ...outcome, voice: { kind: 'gather', hints } };
}

function currentMenuId(state: ConversationState): string {
  return state.trail[state.trail.length - 1] ?? VOICE_MAIN_MENU;
}

function currentMenu(content: Content, state: ConversationState): Menu | undefined {
  const node = content.nodes.get(currentMenuId(state));
  return node?.kind === 'menu' ? node : undefined;
}

function parentMenu(state: ConversationState): string {
  return state.topic ? currentMenuId(state) : (state.trail[state.trail.length - 2] ?? VOICE_MAIN_MENU);
}

function hints(content: Content, menu: Menu, lang: Lang): string[] {
  return menu.options.map((id) => spokenTitle(content, id, lang)).slice(0, 5);
}
