import * as z from 'zod/mini';
import { Lang } from '../content/schema.js';

/** Shape of a saved conversation; checked whenever state is read back from storage. */
export const ConversationStateSchema = z.object({
  lang: Lang,
  trail: z.array(z.string()).check(z.minLength(1)),
  topic: z.optional(z.object({ id: z.string(), page: z.int().check(z.nonnegative()) })),
});
