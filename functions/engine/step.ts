import { smsStep } from './sms.js';
import type { Engine } from './types.js';
import { voiceStep } from './voice.js';

/** Advances one conversation by one input on the turn's channel (smsStep or voiceStep). Red flags are screened first, always. */
export const step: Engine = (content, previous, turn) => (turn.channel === 'voice' ? voiceStep : smsStep)(content, previous, turn);
