import { isPhoneNumber } from '../core/phone.js';
import type { ConversationState, Turn } from '../engine/types.js';
import { sealCallback } from '../privacy/sealed-number.js';
import type { ConversationWrite } from '../store/state-store.js';
import { nextDue } from './schedule.js';

/**
 * What an SMS turn's save adds for daily tips: when the next tip is due and the sender's number sealed
 * (AES-GCM, key derived from the phone-hash secret). The number is kept only while a tip is due, because
 * the scheduler has nothing else to text; it goes with the due keys when the program pauses, is held,
 * stops or ends, and the next turn seals it again. Voice turns (keyed by call) and numbers that cannot
 * take an SMS schedule nothing.
 */
export function deliveryFields(state: ConversationState, turn: Pick<Turn, 'channel' | 'at'>, from: string | undefined, secret: string): Pick<ConversationWrite, 'due' | 'sealedAddress'> {
  if (turn.channel !== 'sms' || !isPhoneNumber(from)) return {};
  const due = nextDue(state, turn.at);
  return due === undefined ? {} : { due, sealedAddress: sealCallback(secret, from) };
}
