import type { Content } from '../content/model.js';
import type { Lang } from '../core/langs.js';
import { languageOf } from '../content/languages.js';
import { rememberTip } from './daily-program.js';
import { programTipId } from './program-day.js';
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
 * The tip for the contact's next program day (`sent` + 1) on local `day`: chosen by the program's stages from the day
 * number and `seed` (the contact key) alone, so a re-planned claim picks the same tip; counted, `lastDay` set, and
 * remembered so TIPS on demand does not repeat it. The last program day marks the program done and appends the
 * goodbye (`programEnd`) to the same SMS, so it can never arrive without its tip. Pure.
 */
export function dailyTip(content: Content, state: WithProgram, seed: string, day: string): DailyTip {
  const sent = state.tips.sent + 1;
  const tipId = programTipId(content.program, sent, seed);
  const final = sent >= content.tipsMeta.programDays;
  const tips: TipsProgram = { ...state.tips, sent, lastDay: day, ...(final ? { status: 'done' as const } : {}) };
  const lang = languageOf(content.languages, state.lang).code;
  return { state: { ...rememberTip(state, tipId), tips }, messages: tipMessages(content, lang, tipId, final) ?? [], tipId, final };
}

/** The SMS for tip `tipId` (a program tip or a pool tip; with the goodbye when `final`), as first sent: a retry resends exactly this. Undefined if the tip left the content. */
export function tipMessages(content: Content, lang: Lang, tipId: string, final: boolean): Reply[] | undefined {
  const own = content.program.tips.find((t) => t.id === tipId);
  const tip = own ?? content.tips.find((t) => t.id === tipId);
  if (!tip) return undefined;
  const text = final ? `${tip[lang]}\n\n${content.messages.programEnd[lang]}` : tip[lang];
  return [{ text, contentId: `${own ? 'daily' : 'tips'}/${tip.id}` }];
}
