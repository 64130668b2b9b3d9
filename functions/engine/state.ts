import * as z from 'zod/mini';
import { Lang } from '../core/langs.js';
import { EscalationTierSchema } from '../core/tiers.js';


/** A contact's daily-tips subscription: offered (awaiting YES), active, paused or done. */
export const TipsProgramSchema = z.object({
  status: z.enum(['offered', 'active', 'paused', 'done']),
  /** Local delivery hour, 8-20: never between 9 pm and 8 am. */
  hour: z.int().check(z.minimum(8), z.maximum(20)),
  /** IANA time zone the hour is in. */
  timeZone: z.string(),
  /** Tips delivered so far in this program. */
  sent: z.int().check(z.nonnegative()),
  /** Local date (YYYY-MM-DD) of the last delivery: at most one a day. */
  lastDay: z.optional(z.string()),
});

/** Shape of a saved conversation; checked whenever state is read back from storage. */
export const ConversationStateSchema = z.object({
  lang: Lang,
  trail: z.array(z.string()).check(z.minLength(1)),
  topic: z.optional(z.object({ id: z.string(), page: z.int().check(z.nonnegative()) })),
  /** A question Backline asked and is waiting on: a red-flag yes/no, or the structured CHECK at `index`. */
  pending: z.optional(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('ask'), rule: z.string() }),
      z.object({ kind: z.literal('check'), index: z.int().check(z.nonnegative()), worst: z.optional(z.object({ tier: EscalationTierSchema, rule: z.string() })) }),
    ]),
  ),
  /** Set by an emergency, crisis or urgent escalation: recurring messages wait until the contact texts RESUME. */
  hold: z.optional(z.boolean()),
  /** The contact texted a stop word: nothing recurring is ever sent until they opt back in. */
  optedOut: z.optional(z.boolean()),
  /** Ids of the last tips sent (on demand or daily), newest last, so none repeats soon. */
  recentTips: z.optional(z.array(z.string())),
  /** The opt-in daily tips program. */
  tips: z.optional(TipsProgramSchema),
  /** Voice: the call is still at the language offer. */
  choosingLanguage: z.optional(z.boolean()),
  /** Voice: prompts in a row that got no input. */
  noInput: z.optional(z.int().check(z.nonnegative())),
});
