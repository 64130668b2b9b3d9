import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import * as z from 'zod/mini';
import { Lang } from '../core/langs.js';
import { COMMANDS, type Command } from './commands.js';

/** A speech-recognition language Twilio's <Gather> accepts (its type lists them). */
export type SpeechLanguage = NonNullable<NonNullable<Parameters<VoiceResponse['gather']>[0]>['language']>;

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const words = z.array(text).check(z.minLength(1, 'at least one word'));
const someWords = z.array(text);

const Readability = z.discriminatedUnion('formula', [
  /** A US school grade: lower is easier. */
  z.strictObject({ formula: z.literal('flesch-kincaid-grade'), max: z.number() }),
  /** Fernandez-Huerta reading ease (Spanish): higher is easier. */
  z.strictObject({ formula: z.literal('fernandez-huerta'), min: z.number() }),
]);

/** One row of content/languages.yaml: how a language is spoken, heard, scored and texted, and the words the engine reads in it. */
const LanguageRowSchema = z.strictObject({
  code: Lang,
  name: text,
  voice: z.strictObject({ name: text, language: text }),
  /** One of Twilio's speech-recognition languages (the form is checked here). */
  speech: z.custom<SpeechLanguage>((v) => typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z]+)*$/.test(v), 'a speech-recognition language like en-US'),
  readability: Readability,
  /** gsm7: every SMS character in GSM 03.38 (the linter names each one that forces UCS-2); unicode: any character (UCS-2). */
  sms: z.strictObject({ alphabet: z.enum(['gsm7', 'unicode']) }),
  commands: z.strictObject({ ...Object.fromEntries(COMMANDS.map((c) => [c, words])) as Record<Command, typeof words>, time: words }),
  stop: words,
  start: words,
  greetings: someWords,
  optOut: someWords,
  optOutAnywhere: someWords,
  courtesy: someWords,
  yes: words,
  no: words,
  unsure: someWords,
  numbers: z.record(text, z.int().check(z.minimum(1), z.maximum(9))),
  numberPrefixes: someWords,
  markers: words,
  call: z.strictObject({ repeat: words, textMe: words, menu: words, choose: someWords }),
});

/** content/languages.yaml: at least one row, each code once; the first row is the default language. */
export const LanguageTableSchema = z.strictObject({
  languages: z.array(LanguageRowSchema).check(
    z.minLength(1, 'at least one language'),
    z.refine((rows) => new Set(rows.map((r) => r.code)).size === rows.length, 'each language code has one row'),
  ),
});

/** One language's row as validated. */
export type LanguageRow = z.infer<typeof LanguageRowSchema>;
/** Which characters an SMS in a language may use. */
export type SmsAlphabet = LanguageRow['sms']['alphabet'];
