import * as z from 'zod/mini';

/** Languages Backline speaks; the first is the default for a new contact. */
export const LANGS = ['en', 'es'] as const;
/** A language code, as stored in conversation state and content. */
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;
