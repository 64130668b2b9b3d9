import type { Content } from '../content/model.js';
import type { Lang } from '../core/langs.js';
import { pickTip } from './daily-program.js';
import type { ConversationState, TipsProgram } from './types.js';
import { type Reply } from '../core/reply.js';

/** A state with a daily-tips program. */
export type WithProgram = ConversationState & { tips: TipsProgram };

/** One day's delivery: the state after it, the SMS to send (one), which tip, and whether it ended the program. */
export interface DailyTip {
  state: WithProgram;
  messages: Reply[];
  tipId: string;
  final: boolean;
}

/**
 * The tip for local `day`: picked like TIPS (never one of the recent ones), counted, `lastDay` set. The last
 * day of the program marks it done and appends the goodbye (`programEnd`) to the same SMS (a tip plus the
 * goodbye stays within two segments), so it can never arrive without its tip. Pure: `now` only seeds the pick.
 */
export function dailyTip(content: Content, state: WithProgram, now: number, day: string): DailyTip {
  const { state: picked, tip } = pickTip(content, state, now);
  const sent = state.tips.sent + 1;
  const final = sent >= content.tipsMeta.programDays;
  const tips: TipsProgram = { ...state.tips, sent, lastDay: day, ...(final ? { status: 'done' as const } : {}) };
  return { state: { ...picked, tips }, messages: tipMessages(content, state.lang, tip.id, final) ?? [], tipId: tip.id, final };
}

/** The SMS for tip `tipId` (with the goodbye when `final`), as first sent: a retry resends exactly this. Undefined if the tip left the content. */
export function tipMessages(content: Content, lang: Lang, tipId: string, final: boolean): Reply[] | undefined {
  const tip = content.tips.find((t) => t.id === tipId);
  if (!tip) return undefined;
  const text = final ? `${tip[lang]}\n\n${content.messages.programEnd[lang]}` : tip[lang];
  return [{ text, contentId: `tips/${tip.id}` }];
}
