import * as z from 'zod/mini';

/**
 * A language code: the `code` of a row of the content's language table (content/languages.yaml) and the key of
 * every text in that language. Typed as the codes the shipped content is written in, so reads like `topic.en.sms`
 * type-check; which languages exist at run time is the table's, and no code branches on a code.
 */
export type Lang = 'en' | 'es';
/** Checks the form of a language code where one is parsed (content, stored state); whether it has a row is the content's check. */
export const Lang = z.custom<Lang>((v) => typeof v === 'string' && /^[a-z]{2,3}$/.test(v), 'must be a language code like "en"');

/** `make(code)` for each of `codes`, keyed by code: the one place a record of the table's languages is typed with the shipped codes. */
export function byLanguage<T>(codes: readonly Lang[], make: (code: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(codes.map((code) => [code, make(code)])) as Record<Lang, T>;
}
