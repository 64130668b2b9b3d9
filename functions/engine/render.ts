import type { Content } from '../content/model.js';
import type { Menu, MessageKey, Topic } from '../content/schema.js';
import type { Lang } from '../core/langs.js';
import { type Reply } from '../core/reply.js';

/** Fills `{name}` placeholders; unknown names are left as written so a content typo shows. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A system message in the contact's language. */
export function message(content: Content, key: MessageKey, lang: Lang, values: Readonly<Record<string, string | number>> = {}): Reply {
  return { text: fill(content.messages[key][lang], values) };
}

/** A menu as one SMS: its intro, then "N Title" lines for each option. */
export function menuReply(content: Content, menu: Menu, lang: Lang): Reply {
  const lines = menu.options.map((id, i) => `${i + 1} ${content.nodes.get(id)?.[lang].title ?? id}`);
  return { text: [menu[lang].intro, ...lines].join('\n'), contentId: menu.id, contentVersion: menu.version };
}

/** One SMS page of a topic with its footer (page count and what to reply next). */
export function topicPageReply(content: Content, topic: Topic, lang: Lang, page: number): Reply {
  const pages = topic[lang].sms;
  const body = pages[page] ?? pages[pages.length - 1] ?? '';
  const footerKey: MessageKey = page + 1 < pages.length ? 'pageFooter' : 'lastPage';
  const footer = fill(content.messages[footerKey][lang], { page: page + 1, pages: pages.length });
  return { text: `${body}\n${footer}`, contentId: topic.id, contentVersion: topic.version };
}
