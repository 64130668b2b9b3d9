import { z } from 'zod';

/** Languages Backline speaks; the first is the default for a new contact. */
export const LANGS = ['en', 'es'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const isoDate = z.iso.date();
const text = z.string().trim().min(1);

/** Review metadata every clinical item carries. */
export const ReviewMeta = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase words joined by dashes'),
  version: z.number().int().positive(),
  reviewed: isoDate,
  nextReview: isoDate,
  reviewerRole: text,
  sources: z.array(text).min(1, 'at least one source guideline'),
});

const Labelled = z.object({
  title: text,
  keywords: z.array(text).default([]),
});

/** A topic: SMS pages (MORE pages through them) and a voice script. */
export const TopicLangSchema = Labelled.extend({
  sms: z.array(text).min(1),
  voice: text,
});
export const TopicSchema = ReviewMeta.extend({
  kind: z.literal('topic'),
  en: TopicLangSchema,
  es: TopicLangSchema,
});

/** A menu: numbered options that point at other items by id. */
export const MenuLangSchema = Labelled.extend({ intro: text });
export const MenuSchema = ReviewMeta.extend({
  kind: z.literal('menu'),
  options: z.array(z.string()).min(1).max(9),
  en: MenuLangSchema,
  es: MenuLangSchema,
});

/** Built-in behaviours the engine knows by id (menu entries that do something). */
export const ACTIONS = ['language'] as const;
export const ActionSchema = ReviewMeta.extend({
  kind: z.literal('action'),
  action: z.enum(ACTIONS),
  en: Labelled,
  es: Labelled,
});

/** The fixed system texts the engine needs; `{placeholders}` are filled by the engine. */
export const MESSAGE_KEYS = [
  'welcome',
  'unknown',
  'help',
  'disclaimer',
  'pageFooter',
  'lastPage',
  'noMore',
  'languageSet',
  'internalError',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];
const LangText = z.object({ en: text, es: text });
export const MessagesSchema = ReviewMeta.extend({
  kind: z.literal('messages'),
  messages: z.object(Object.fromEntries(MESSAGE_KEYS.map((k) => [k, LangText])) as Record<MessageKey, typeof LangText>),
});

/** Self-care tips for on-demand TIPS and the daily program: one SMS each. */
export const TipsSchema = ReviewMeta.extend({
  kind: z.literal('tips'),
  tips: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), en: text, es: text })).min(1),
});

/** Any file under content/items. */
export const ItemSchema = z.discriminatedUnion('kind', [TopicSchema, MenuSchema, ActionSchema, MessagesSchema, TipsSchema]);

export type Topic = z.infer<typeof TopicSchema>;
export type Menu = z.infer<typeof MenuSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type Messages = z.infer<typeof MessagesSchema>;
export type Tips = z.infer<typeof TipsSchema>;
export type Item = z.infer<typeof ItemSchema>;
/** Items a menu option can point at. */
export type Node = Topic | Menu | Action;
