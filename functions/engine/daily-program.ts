import type { Content } from '../content/model.js';
import type { Lang } from '../core/langs.js';
import { message } from './render.js';
import type { ConversationState, TipsProgram } from './types.js';
import { type Reply } from '../core/reply.js';

/** Time zone assumed when Twilio does not say where a number is from (documented in the README). */
export const DEFAULT_TIME_ZONE = 'America/New_York';
/** How many recent tips are never repeated. */
const RECENT_TIPS = 10;

type Outcome = { state: ConversationState; replies: Reply[] };

/** A tip the contact has not had recently, chosen deterministically from `seed` (the turn's time); updates the recent list. */
export function pickTip(content: Content, state: ConversationState, seed: number): { state: ConversationState; tip: { id: string; text: string } } {
  const tips = content.tips;
  const recent = state.recentTips ?? [];
  const avoid = new Set(recent.slice(-Math.min(RECENT_TIPS, tips.length - 1)));
  const start = Math.abs(Math.floor(seed / 1000)) % tips.length;
  let chosen = tips[start]!;
  for (let i = 0; i < tips.length; i++) {
    const candidate = tips[(start + i) % tips.length]!;
    if (!avoid.has(candidate.id)) {
      chosen = candidate;
      break;
    }
  }
  return { state: rememberTip(state, chosen.id), tip: { id: chosen.id, text: chosen[state.lang] } };
}

/** Adds tip `id` to the recent list (newest last, at most RECENT_TIPS), so TIPS on demand does not repeat it soon. */
export function rememberTip<S extends ConversationState>(state: S, id: string): S {
  const recentTips = [...(state.recentTips ?? []).filter((t) => t !== id), id].slice(-RECENT_TIPS);
  return { ...state, recentTips };
}

/** TIPS: one self-care tip now. */
export function tipNow(content: Content, state: ConversationState, at: number): Outcome {
  const { state: next, tip } = pickTip(content, state, at);
  return { state: next, replies: [{ text: tip.text, contentId: `tips/${tip.id}` }] };
}

/** DAILY: offer the program; it starts only on YES. */
export function offerProgram(content: Content, state: ConversationState, timeZone: string | undefined): Outcome {
  const previous = state.tips;
  const program: TipsProgram = {
    status: 'offered',
    hour: previous?.hour ?? content.tipsMeta.defaultHour,
    timeZone: previous?.timeZone ?? timeZone ?? DEFAULT_TIME_ZONE,
    sent: 0,
    ...(previous?.lastDay ? { lastDay: previous.lastDay } : {}),
  };
  return { state: { ...state, tips: program }, replies: [message(content, 'tipsOffer', state.lang, { days: content.tipsMeta.programDays })] };
}

/** YES to the offer: the program starts (and any stop is lifted, since the contact just opted in). */
export function joinProgram(content: Content, state: ConversationState): Outcome {
  const program = state.tips;
  if (!program) return offerProgram(content, state, undefined);
  // lastDay is kept: re-joining on a day a tip already went out must not send a second one that day.
  const tips: TipsProgram = { ...program, status: 'active', sent: 0 };
  const { optedOut: _o, ...rest } = state;
  return { state: { ...rest, tips }, replies: [message(content, 'optInConfirm', state.lang, { days: content.tipsMeta.programDays, time: clock(tips.hour, state.lang) })] };
}

/** TIME <hour>: moves delivery to that local hour, 8 AM to 8 PM only. */
export function setHour(content: Content, state: ConversationState, spoken: string): Outcome {
  if (!state.tips || state.tips.status === 'done') return { state, replies: [message(content, 'tipsNotJoined', state.lang)] };
  const hour = parseHour(spoken);
  if (hour === undefined) return { state, replies: [message(content, 'tipsTimeInvalid', state.lang)] };
  return { state: { ...state, tips: { ...state.tips, hour } }, replies: [message(content, 'tipsTimeSet', state.lang, { time: clock(hour, state.lang) })] };
}

/** PAUSE and RESUME; RESUME also lifts a red-flag hold. */
export function pauseOrResume(content: Content, state: ConversationState, resume: boolean): Outcome {
  const { hold: _hold, ...unheld } = state;
  const base = resume ? unheld : state;
  if (!state.tips || state.tips.status === 'done' || state.tips.status === 'offered') {
    return { state: base, replies: [message(content, 'tipsNotJoined', state.lang)] };
  }
  const tips: TipsProgram = { ...state.tips, status: resume ? 'active' : 'paused' };
  return { state: { ...base, tips }, replies: [message(content, resume ? 'tipsResumed' : 'tipsPaused', state.lang)] };
}

/** A stop word: nothing recurring goes out again until START; one confirmation. */
export function optOut(content: Content, state: ConversationState): Outcome {
  return { state: { ...state, optedOut: true }, replies: [message(content, 'stopConfirm', state.lang)] };
}

/** START, UNSTOP, YES: recurring messages may go out again (a program that was active carries on). */
export function optIn(content: Content, state: ConversationState): Outcome {
  const { optedOut: _o, ...rest } = state;
  return { state: rest, replies: [message(content, 'startConfirm', state.lang)] };
}

/** Reads an hour like "9", "9am", "6 pm", "18", "18:00"; undefined unless it lands 8 AM to 8 PM. */
export function parseHour(spoken: string): number | undefined {
  const match = /^(\d{1,2})(?::00)?\s*(am|pm|a m|p m)?$/.exec(spoken.trim().toLowerCase().replace(/\./g, ''));
  if (!match) return undefined;
  let hour = Number(match[1]);
  const half = match[2]?.replace(' ', '');
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return hour >= 8 && hour <= 20 ? hour : undefined;
}

/** "9 AM" / "6 PM" in English, "9:00" / "18:00" in Spanish. */
export function clock(hour: number, lang: Lang): string {
  if (lang === 'es') return `${hour}:00`;
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h} ${hour < 12 ? 'AM' : 'PM'}`;
}
