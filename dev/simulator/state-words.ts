import type { Content } from '../../functions/content/model.js';
import type { ConversationState } from '../../functions/engine/types.js';
import { checkQuestions, signLabel } from '../../functions/triage/replies.js';

/** A contact's conversation state in plain words, one line per part, for the simulator's contact panel. */
export interface StateWords {
  version: number;
  language: string;
  menu: string;
  page: string;
  waiting: string;
  dailyProgram: string;
  hold: string;
  optedOut: string;
}

const LANGUAGES = { en: 'English', es: 'Spanish' } as const;

function title(content: Content, id: string, lang: 'en' | 'es'): string {
  return content.nodes.get(id)?.[lang].title ?? id;
}

function hour(h: number): string {
  return `${h % 12 === 0 ? 12 : h % 12} ${h < 12 ? 'AM' : 'PM'}`;
}

function program(content: Content, tips: ConversationState['tips']): string {
  if (!tips) return 'not joined';
  const days = content.tipsMeta.programDays;
  const where = `${hour(tips.hour)} ${tips.timeZone}`;
  switch (tips.status) {
    case 'offered':
      return 'offered, waiting for YES';
    case 'active':
      return `active: one tip a day at ${where}, ${tips.sent} of ${days} sent${tips.lastDay ? ` (last on ${tips.lastDay})` : ''}`;
    case 'paused':
      return `paused at ${tips.sent} of ${days} (RESUME starts it again)`;
    case 'done':
      return `finished: all ${days} tips sent`;
  }
}

/** Describes a stored conversation (`state` undefined: a new contact) and its item version. */
export function stateWords(content: Content, state: ConversationState | undefined, version: number): StateWords {
  if (!state) return { version, language: 'not set yet (new contact)', menu: 'none yet', page: 'none', waiting: 'nothing', dailyProgram: 'not joined', hold: 'no', optedOut: 'no' };
  const { lang } = state;
  const pending = state.pending;
  const questions = checkQuestions(content.triage);
  const topic = state.topic ? content.nodes.get(state.topic.id) : undefined;
  return {
    version,
    language: LANGUAGES[lang],
    menu: state.trail.map((id) => title(content, id, lang)).join(' > '),
    page: state.topic && topic?.kind === 'topic' ? `${topic[lang].title}, page ${state.topic.page + 1} of ${topic[lang].sms.length}` : 'none',
    waiting: pending?.kind === 'ask' ? `a YES or NO to: ${signLabel(content.triage, pending.rule)}`
      : pending?.kind === 'check' ? `symptom check (CHECK), question ${pending.index + 1} of ${questions.length}` : 'nothing',
    dailyProgram: program(content, state.tips),
    hold: state.hold ? 'yes: recurring texts wait until the contact texts RESUME (after a red flag)' : 'no',
    optedOut: state.optedOut ? 'yes: texted a stop word, nothing recurring until START' : 'no',
  };
}
