import { fill, menuReply, topicPageReply } from '../../functions/engine/render.js';
import type { Content } from '../../functions/content/model.js';
import { menuPrompt } from '../../functions/engine/voice.js';
import type { Lang } from '../../functions/core/langs.js';
import { isVoiceMessage, type Tip } from '../../functions/content/schema.js';
import { triageSms } from './triage-review.js';
import { tipMessages } from '../../functions/engine/daily-tip.js';

/** A text written by a content author, before any rendering; `part` says where it is used. */
export interface AuthoredText {
  item: string;
  lang: Lang;
  part: 'sms' | 'voice' | 'intro' | 'message' | 'tip';
  label: string;
  text: string;
}

/** One SMS exactly as Backline sends it. */
export interface SmsText {
  item: string;
  lang: Lang;
  label: string;
  text: string;
}

/** One voice prompt as it is read aloud: a topic script or a menu. */
export interface VoiceText {
  item: string;
  lang: Lang;
  kind: 'script' | 'menu';
  text: string;
}

/** Page numbers used to fill `{page}`/`{pages}` in message templates: the two-digit worst case. */
const WORST_CASE_PAGES = { page: 99, pages: 99 } as const;

/** Every authored text, item by item and language by language (titles and keywords excluded). */
export function authoredTexts(content: Content): AuthoredText[] {
  const out: AuthoredText[] = [];
  for (const item of content.items) {
    for (const lang of content.languages.codes) {
      switch (item.kind) {
        case 'topic':
          item[lang].sms.forEach((text, i) => out.push({ item: item.id, lang, part: 'sms', label: `page ${i + 1}`, text }));
          out.push({ item: item.id, lang, part: 'voice', label: 'voice', text: item[lang].voice });
          break;
        case 'menu':
          out.push({ item: item.id, lang, part: item.channel === 'voice' ? 'voice' : 'intro', label: 'intro', text: item[lang].intro });
          break;
        case 'messages':
          for (const [key, texts] of Object.entries(item.messages)) out.push({ item: item.id, lang, part: isVoiceMessage(key) ? 'voice' : 'message', label: key, text: texts[lang] });
          break;
        case 'tips':
          for (const tip of item.tips) out.push({ item: item.id, lang, part: 'tip', label: `tip ${tip.id}`, text: tip[lang] });
          break;
        case 'action':
          for (const tip of item.programTips ?? []) out.push({ item: item.id, lang, part: 'tip', label: `tip ${tip.id}`, text: tip[lang] });
          break;
      }
    }
  }
  return out;
}

/** Every SMS Backline can send, rendered with the engine's own renderers (message templates get worst-case page numbers), then the triage texts. */
export function renderedSms(content: Content): SmsText[] {
  const out: SmsText[] = [];
  for (const item of content.items) {
    for (const lang of content.languages.codes) {
      switch (item.kind) {
        case 'topic':
          item[lang].sms.forEach((_, i) => {
            const label = `page ${i + 1}/${item[lang].sms.length}`;
            out.push({ item: item.id, lang, label, text: topicPageReply(content, item, lang, i).text });
          });
          break;
        case 'menu':
          if (item.channel === 'sms') out.push({ item: item.id, lang, label: 'menu', text: menuReply(content, item, lang).text });
          break;
        case 'messages':
          for (const [key, texts] of Object.entries(item.messages)) {
            if (!isVoiceMessage(key)) out.push({ item: item.id, lang, label: key, text: fill(texts[lang], WORST_CASE_PAGES) });
          }
          break;
        case 'tips':
          for (const tip of item.tips) out.push({ item: item.id, lang, label: `tip ${tip.id}`, text: tip[lang] });
          break;
        case 'action':
          for (const tip of item.programTips ?? []) out.push({ item: item.id, lang, label: `tip ${tip.id}`, text: tip[lang] });
          if (item.program) out.push(...lastDaySms(content, item.id, lang));
          break;
      }
    }
  }
  return [...out, ...triageSms(content.triage, content.languages.codes)];
}

/** The program's last day as sent, its tip with the goodbye: the named tip, or every pool tip when the last day is varied. */
function lastDaySms(content: Content, item: string, lang: Lang): SmsText[] {
  const { days, stages, pool } = content.program;
  const last = stages[stages.length - 1]?.tip;
  return (last ? [last] : pool).map((id) => ({ item, lang, label: `day ${days} (last): tip ${id} + goodbye`, text: tipMessages(content, lang, id, true)?.[0]?.text ?? '' }));
}

/** Every tip Backline can text, with the item it is written in: the tips pool, then the daily program's own tips. */
export function allTips(content: Content): { item: string; tip: Tip }[] {
  const idOf = (kind: string) => content.items.find((i) => i.kind === kind || (i.kind === 'action' && i.action === kind))?.id ?? kind;
  return [...content.tips.map((tip) => ({ item: idOf('tips'), tip })), ...content.program.tips.map((tip) => ({ item: idOf('daily'), tip }))];
}

/** Every voice prompt as a caller hears it: topic scripts, voice menus read aloud by the engine, spoken messages and the spoken tier advice. */
export function voicePrompts(content: Content): VoiceText[] {
  const out: VoiceText[] = [];
  for (const lang of content.languages.codes) {
    for (const node of content.nodes.values()) {
      if (node.kind === 'topic') out.push({ item: node.id, lang, kind: 'script', text: node[lang].voice });
      else if (node.kind === 'menu' && node.channel === 'voice') out.push({ item: node.id, lang, kind: 'menu', text: menuPrompt(content, node, lang) });
    }
    for (const [key, texts] of Object.entries(content.messages)) if (isVoiceMessage(key)) out.push({ item: 'messages', lang, kind: 'script', text: texts[lang] });
    for (const texts of Object.values(content.triage.voiceReplies)) out.push({ item: 'triage', lang, kind: 'script', text: texts[lang] });
  }
  return out;
}
