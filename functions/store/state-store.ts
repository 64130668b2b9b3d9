import type { ConversationState, VoiceDirective } from '../engine/types.js';
import { type Reply } from '../core/reply.js';
import type { EscalationTier } from '../core/tiers.js';

/** An input already answered, kept so a repeated webhook gets the same reply without advancing the state. */
export interface RecentTurn {
  id: string;
  /** Epoch ms the input arrived; entries expire from the list after a window. */
  at: number;
  /** Kept for the newest few only; older entries just mark the id as seen. */
  replies?: Reply[];
  /** Voice: what the call did after the replies, so a repeated callback hears the same thing. */
  voice?: VoiceDirective;
  /**
   * The red flags the input raised. A retry of the input (its first response was lost, or came after the deadline)
   * performs them again: the record and the page claim are idempotent, so what was done stays done once.
   */
  escalations?: Array<{ tier: EscalationTier; rule: string; also?: string[] }>;
}

/** A contact's conversation as read from storage. */
export interface StoredConversation {
  /** Optimistic-lock version; 0 when the contact has no item yet. */
  version: number;
  /** Undefined for a new contact, or when the saved state expired or no longer parses. */
  state?: ConversationState;
  /** Newest last. */
  recent: RecentTurn[];
  /** Every input processed in this conversation (see seen-inputs.ts); '' for a new one. */
  seen: string;
}

/** What a turn writes back. */
export interface ConversationWrite {
  state: ConversationState;
  recent: RecentTurn[];
  /** Every input processed so far, this one included; omitted keeps none. */
  seen?: string;
  /** Epoch seconds after which the item is treated as gone (and DynamoDB TTL deletes it). */
  expiresAt: number;
  /** Epoch ms the next daily tip is due (puts the item in the `byDue` index); absent when none is. */
  due?: number;
  /** The contact's number sealed with the phone-hash secret, kept only while a tip is due: the scheduler texts it. */
  sealedAddress?: string;
}

/** Conversation state per contact key, with optimistic locking. */
export interface StateStore {
  /** Reads one contact's conversation with a strongly consistent read; expired items read as new. */
  load(contact: string, now: number, signal?: AbortSignal): Promise<StoredConversation>;
  /** Writes version `expectedVersion + 1`; throws StaleStateError when another turn saved first. */
  save(contact: string, expectedVersion: number, write: ConversationWrite, signal?: AbortSignal): Promise<void>;
  /** Holds recurring messages for a contact whose conversation is elsewhere (a red flag on a call): sets `hold`, drops due tips, bumps the version; no-op for an unknown contact. */
  hold(contact: string, signal?: AbortSignal): Promise<void>;
}
