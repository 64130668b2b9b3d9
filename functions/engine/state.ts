import * as z from 'zod/mini';
import { Lang } from '../content/schema.js';

const Tier = z.enum(['emergency', 'crisis', 'urgent', 'soon']);

/** Shape of a saved conversation; checked whenever state is read back from storage. */
export const ConversationStateSchema = z.object({
  lang: Lang,
  trail: z.array(z.string()).check(z.minLength(1)),
  topic: z.optional(z.object({ id: z.string(), page: z.int().check(z.nonnegative()) })),
  /** A question Backline asked and is waiting on: a red-flag yes/no, or the structured CHECK at `index`. */
  pending: z.optional(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('ask'), rule: z.string() }),
      z.object({ kind: z.literal('check'), index: z.int().check(z.nonnegative()), worst: z.optional(z.object({ tier: Tier, rule: z.string() })) }),
    ]),
  ),
  /** Set by an emergency, crisis or urgent escalation: recurring messages wait until the contact texts RESUME. */
  hold: z.optional(z.boolean()),
});
