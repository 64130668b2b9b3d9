import * as z from 'zod/mini';
import { ReplySchema } from '../core/reply.js';
import { EscalationTierSchema } from '../core/tiers.js';
import { contactOf, DUE_INDEX, TIPS_ATTRS } from './keys.js';

/** Today's tip was claimed but its send failed transiently: the same tip is resent on `day`, never another. */
const RetryMarkerSchema = z.object({
  tip: z.string(),
  day: z.string(),
  /** Failed attempts so far. */
  attempt: z.int(),
  final: z.boolean(),
});
/** A pending retry of today's tip, kept on the state item. */
export type RetryMarker = z.infer<typeof RetryMarkerSchema>;

const VoiceDirectiveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gather'), hints: z.array(z.string()) }),
  z.object({ kind: z.literal('hangup') }),
  z.object({ kind: z.literal('transfer') }),
]);

/** An input already answered, as kept on the item (newest last). */
const RecentTurnSchema = z.object({
  id: z.string(),
  at: z.number(),
  replies: z.optional(z.array(ReplySchema)),
  voice: z.optional(VoiceDirectiveSchema),
  /** The red flags the input raised, so a retry can finish what a lost response left undone. */
  escalations: z.optional(z.array(z.object({ tier: EscalationTierSchema, rule: z.string(), also: z.optional(z.array(z.string())) }))),
});

/**
 * The one schema of a contact's conversation item (`pk` = contact partition, `sk` = state), as every reader sees
 * it: the turn store reads it whole, the tips scheduler reads it without `recent`. `state` stays unknown here and
 * is parsed by the engine's schema, so a state that no longer parses reads as a new conversation, not an error.
 */
export const ConversationItemSchema = z.object({
  pk: z.string().check(z.refine((pk: string) => contactOf(pk) !== undefined, 'not a contact partition')),
  v: z.int(),
  ttl: z.number(),
  state: z.unknown(),
  recent: z._default(z.array(RecentTurnSchema), []),
  /** Every input the conversation processed, as packed 64-bit hashes (seen-inputs.ts). */
  seen: z._default(z.string(), ''),
  [TIPS_ATTRS.address]: z.optional(z.string()),
  [TIPS_ATTRS.retry]: z.optional(RetryMarkerSchema),
  [DUE_INDEX.sort]: z.optional(z.string()),
});
