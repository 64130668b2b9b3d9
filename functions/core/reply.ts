import * as z from 'zod/mini';
import { Lang } from './langs.js';

/** One message back to the person, as the engine makes it and the store keeps it for a repeated webhook. */
export const ReplySchema = z.object({
  text: z.string(),
  /** The content item and version the text came from, when it came from one. */
  contentId: z.optional(z.string()),
  contentVersion: z.optional(z.number()),
  /** Spoken in this language instead of the conversation's (the Spanish language offer on an English call). */
  lang: z.optional(Lang),
});
/** One message back to the person. */
export type Reply = z.infer<typeof ReplySchema>;
