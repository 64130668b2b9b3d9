import * as z from 'zod/mini';

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

/** A topic: SMS pages (MORE pages through them) and a voice script. */
const TopicLangSchema = z.extend(Labelled, {
  sms: z.array(text).check(z.minLength(1, 'at least one SMS page')),
  voice: text,
});
const TopicSchema = z.extend(ReviewMeta, {
  kind: z.literal('topic'),
  en: TopicLangSchema,
  es: TopicLangSchema,
});

/** A menu: numbered options that point at other items by id. */
const MenuLangSchema = z.extend(Labelled, { intro: text });
const MenuSchema = z.extend(ReviewMeta, {
  kind: z.literal('menu'),
  /** SMS menus are numbered lists; voice menus are read aloud (at most 5 options) and reached by keypad. */
  channel: z._default(z.enum(['sms', 'voice']), 'sms'),
  options: z.array(slug).check(z.minLength(1), z.maxLength(9, 'a menu has at most 9 options')),
  en: MenuLangSchema,
  es: MenuLangSchema,
});

/** One self-care tip: one SMS in each language. */
const TipSchema = z.object({ id: slug, en: text, es: text });

/**
 * One stage of the daily program: program days `days` (a day like 1, or a range like "2-13", counted from the
 * first tip a subscriber gets) send either the tip `tip` (a one-day stage) or, with `varied: true`, a different
 * tip of the tips.yaml pool each day.
 */
const Days = z.union([z.int().check(z.positive()), z.string().check(z.regex(/^\d+-\d+$/, 'days is a day like 1 or a range like 2-13'))]);
const ProgramStageSchema = z.union([z.object({ days: Days, tip: slug }), z.object({ days: Days, varied: z.literal(true) })]);

/** Built-in behaviours the engine knows by id (menu entries that do something). */
const ACTIONS = ['check', 'language', 'tips', 'daily'] as const;
const ActionSchema = z.extend(ReviewMeta, {
  kind: z.literal('action'),
  action: z.enum(ACTIONS),
  en: Labelled,
  es: Labelled,
  /** The daily action only: the program, stage by stage, in day order; its last day is the program's length. */
  program: z.optional(z.array(ProgramStageSchema).check(z.minLength(1))),
  /** The daily action only: tips sent on a fixed program day and never on demand (the day-1 signs, the check-in). */
  programTips: z.optional(z.array(TipSchema)),
});

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
const LangText = z.object({ en: text, es: text });
const MessagesSchema = z.extend(ReviewMeta, {
  kind: z.literal('messages'),
  messages: z.object(Object.fromEntries(MESSAGE_KEYS.map((k) => [k, LangText])) as Record<MessageKey, typeof LangText>),
});

/** Self-care tips for on-demand TIPS and the daily program's varied days: one SMS each. */
const TipsSchema = z.extend(ReviewMeta, {
  kind: z.literal('tips'),
  /** Local hour (8-20) tips go out unless the contact picks another with TIME. */
  defaultHour: z.int().check(z.minimum(8), z.maximum(20)),
  tips: z.array(TipSchema).check(z.minLength(1)),
});

/** Any file under content/items. */
export const ItemSchema = z.discriminatedUnion('kind', [TopicSchema, MenuSchema, ActionSchema, MessagesSchema, TipsSchema]);

export type Topic = z.infer<typeof TopicSchema>;
export type Menu = z.infer<typeof MenuSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type Messages = z.infer<typeof MessagesSchema>;
export type Tips = z.infer<typeof TipsSchema>;
export type Tip = z.infer<typeof TipSchema>;
export type ProgramStageInput = z.infer<typeof ProgramStageSchema>;
export type Item = z.infer<typeof ItemSchema>;
/** Items a menu option can point at. */
export type Node = Topic | Menu | Action;
