import * as z from 'zod/mini';
import { byLanguage, type Lang } from '../core/langs.js';

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const slug = z.string().check(z.regex(/^[a-z0-9-]+$/, 'ids are lowercase words joined by dashes'));

/** Review metadata every clinical item carries. */
export const ReviewMeta = z.object({
  id: slug,
  version: z.int().check(z.positive()),
  reviewed: z.iso.date('reviewed must be a date like 2026-11-25'),
  nextReview: z.iso.date('nextReview must be a date like 2027-11-25'),
  reviewerRole: text,
  sources: z.array(text).check(z.minLength(1, 'at least one source guideline')),
});

const Labelled = z.object({
  title: text,
  /** The title as a voice menu reads it, when it differs from the SMS title (Spanish SMS titles lack a, i, o, u acute; Polly needs them). */
  voiceTitle: z.optional(text),
  keywords: z._default(z.array(text), []),
});

/** A topic's text in one language: SMS pages (MORE pages through them) and a voice script. */
const TopicLangSchema = z.extend(Labelled, {
  sms: z.array(text).check(z.minLength(1, 'at least one SMS page')),
  voice: text,
});

/** A menu's text in one language; the menu's options point at other items by id. */
const MenuLangSchema = z.extend(Labelled, { intro: text });

/**
 * One stage of the daily program: program days `days` (a day like 1, or a range like "2-13", counted from the
 * first tip a subscriber gets) send either the tip `tip` (a one-day stage) or, with `varied: true`, a different
 * tip of the tips.yaml pool each day.
 */
const Days = z.union([z.int().check(z.positive()), z.string().check(z.regex(/^\d+-\d+$/, 'days is a day like 1 or a range like 2-13'))]);
const ProgramStageSchema = z.union([z.object({ days: Days, tip: slug }), z.object({ days: Days, varied: z.literal(true) })]);

/** Built-in behaviours the engine knows by id (menu entries that do something). */
const ACTIONS = ['check', 'language', 'tips', 'daily'] as const;

/** The fixed system texts the engine needs; `{placeholders}` are filled by the engine. */
const MESSAGE_KEYS = [
  'welcome',
  'unknown',
  'help',
  'disclaimer',
  'pageFooter',
  'lastPage',
  'noMore',
  'languageSet',
  'internalError',
  'tipsOffer',
  'optInConfirm',
  'tipsTimeSet',
  'tipsTimeInvalid',
  'tipsPaused',
  'tipsResumed',
  'tipsNotJoined',
  'programEnd',
  'stopConfirm',
  'startConfirm',
  'voiceWelcome',
  'voiceLanguage',
  'voiceOption',
  'voiceMenuEnd',
  'voiceTopicEnd',
  'voiceCheckHint',
  'voiceNoInput',
  'voiceInvalid',
  'voiceGoodbye',
  'voiceTextSent',
  'voiceTextUnavailable',
  'voiceTransfer',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Messages that are spoken on calls (Polly reads accents), not texted. */
export function isVoiceMessage(key: string): boolean {
  return key.startsWith('voice');
}

/**
 * The schema of any file under content/items for the language table's codes: each item has its text in exactly those
 * languages (zod names a missing one and an unknown key, such as a language with no row). Typed with the shipped codes.
 */
export function itemSchema(codes: readonly Lang[]) {
  /** A schema per language of the table, each made for its code so a missing one is named. */
  const inEach = <S extends z.core.$ZodType>(make: (code: Lang) => S) => byLanguage(codes, make);
  const section = <S extends z.core.$ZodShape>(shape: S) => (code: Lang) => z.object(shape, { error: missing(code) });
  const textIn = (code: Lang) => z.string({ error: missing(code) }).check(z.trim(), z.minLength(1, 'must not be empty'));
  const strict = <S extends z.core.$ZodShape>(shape: S) => z.strictObject(shape, { error: unknownKeys });
  const tip = strict({ id: slug, ...inEach(textIn) });
  const langText = strict(inEach(textIn));
  return z.discriminatedUnion('kind', [
    strict({ ...ReviewMeta.shape, kind: z.literal('topic'), ...inEach(section(TopicLangSchema.shape)) }),
    strict({
      ...ReviewMeta.shape,
      kind: z.literal('menu'),
      /** SMS menus are numbered lists; voice menus are read aloud (at most 5 options) and reached by keypad. */
      channel: z._default(z.enum(['sms', 'voice']), 'sms'),
      options: z.array(slug).check(z.minLength(1), z.maxLength(9, 'a menu has at most 9 options')),
      ...inEach(section(MenuLangSchema.shape)),
    }),
    strict({
      ...ReviewMeta.shape,
      kind: z.literal('action'),
      action: z.enum(ACTIONS),
      ...inEach(section(Labelled.shape)),
      /** The daily action only: the program, stage by stage, in day order; its last day is the program's length. */
      program: z.optional(z.array(ProgramStageSchema).check(z.minLength(1))),
      /** The daily action only: tips sent on a fixed program day and never on demand (the day-1 signs, the check-in). */
      programTips: z.optional(z.array(tip)),
    }),
    strict({
      ...ReviewMeta.shape,
      kind: z.literal('messages'),
      messages: z.object(Object.fromEntries(MESSAGE_KEYS.map((k) => [k, langText])) as Record<MessageKey, typeof langText>),
    }),
    /** Self-care tips for on-demand TIPS and the daily program's varied days: one SMS each. */
    strict({
      ...ReviewMeta.shape,
      kind: z.literal('tips'),
      /** Local hour (8-20) tips go out unless the contact picks another with TIME. */
      defaultHour: z.int().check(z.minimum(8), z.maximum(20)),
      tips: z.array(tip).check(z.minLength(1)),
    }),
  ]);
}

/** A language the table has a row for, with no text in an item. */
function missing(code: Lang) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `no ${code} text: content/languages.yaml has a row for ${code}` : undefined);
}

/** Keys that are neither a field of the item nor a language of the table (a language with no row, or a misspelt field). */
function unknownKeys(issue: { code?: string; keys?: string[] }) {
  if (issue.code !== 'unrecognized_keys') return undefined;
  return `${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}: not a field here, nor a language with a row in content/languages.yaml`;
}

/** Any file under content/items. */
export type Item = z.infer<ReturnType<typeof itemSchema>>;
export type Topic = Extract<Item, { kind: 'topic' }>;
export type Menu = Extract<Item, { kind: 'menu' }>;
export type Action = Extract<Item, { kind: 'action' }>;
export type Messages = Extract<Item, { kind: 'messages' }>;
export type Tips = Extract<Item, { kind: 'tips' }>;
export type Tip = Tips['tips'][number];
export type ProgramStageInput = z.infer<typeof ProgramStageSchema>;
/** Items a menu option can point at. */
export type Node = Topic | Menu | Action;
