import type { Content } from '../content/model.js';
import { smsStep } from './sms.js';
import type { ConversationState, StepResult, Turn } from './types.js';
import { voiceStep } from './voice.js';

/** One step of one channel's conversation; pure. Each webhook runs its own, so a bundle carries only its channel. */
export type Engine = (content: Content, previous: ConversationState | undefined, turn: Turn) => StepResult;

/** Advances one conversation by one input on the turn's channel (smsStep or voiceStep). Red flags are screened first, always. */
export const step: Engine = (content, previous, turn) => (turn.channel === 'voice' ? voiceStep : smsStep)(content, previous, turn);
