import type { Content } from '../../functions/content/model.js';
import type { Topic } from '../../functions/content/schema.js';
import type { Lang } from '../../functions/core/langs.js';
import { allTips } from './texts.js';
import type { Sink } from './types.js';

/** The menu whose topics are the cause summaries (their first SMS page carries the emergency line). */
export const CAUSES_MENU = 'causes';
/** The menus whose topics are self-care (each carries a when-to-get-help line). */
export const SELF_CARE_MENUS = ['self-care', 'voice-care'] as const;
/** The topic that lists every red flag by tier. */
export const HELP_TOPIC = 'when-to-get-help';

const CALL_911 = /\b911\b|9-1-1|9 1 1/u;
const CALL_988 = /\b988\b|9-8-8|9 8 8/u;
/** The saddle sign of cauda equina syndrome, named in the short emergency line. */
const SADDLE: Record<Lang, RegExp> = { en: /between (the|your) legs/iu, es: /entre las piernas/iu };
/** Sending someone to the emergency room (rather than only calling 911). */
const GO_TO_ER: Record<Lang, RegExp> = {
  en: /\b(go|take (them|him|her)) to the (ER|emergency room)\b/iu,
  es: /\b(vaya|ir|ll[eé]vel[oa]s?) a la sala de emergencias/iu,
};
/** Signs that need an ambulance: chest pain, a torn aorta, major trauma, a lung clot, a blocked leg artery, fainting. */
const AMBULANCE_SIGN: Record<Lang, RegExp> = {
  en: /chest pain|tearing|ripping|\bcrash\b|fall from a height|trouble breathing|breathless|faint/iu,
  es: /dolor (en el|de) pecho|desgarr|\bchoque\b|ca[ií]da (fuerte|de altura)|falta de aire|desmay/iu,
};
const NO_DRIVING: Record<Lang, RegExp> = {
  en: /\b(do not|don't|never) (drive|let them drive)\b|not drive yourself/iu,
  es: /\bno maneje\b|\bque no manejen?\b|\bno conduzca\b/iu,
};
const CES_NAME = /cauda equina/iu;

/** One text a rule reads: an SMS page, a voice script or a triage reply. */
interface Text {
  item: string;
  lang: Lang;
  label: string;
  text: string;
}

function topicsOf(content: Content, menuIds: readonly string[]): Topic[] {
  const out: Topic[] = [];
  for (const id of menuIds) {
    const menu = content.nodes.get(id);
    if (menu?.kind !== 'menu') continue;
    for (const option of menu.options) {
      const node = content.nodes.get(option);
      if (node?.kind === 'topic' && !out.includes(node)) out.push(node);
    }
  }
  return out;
}

/** The languages the phrase rules are written for (SADDLE and the tables like it); checkSafety warns about any other. */
function phraseLanguages(content: Content): Lang[] {
  return content.languages.codes.filter((lang) => Object.hasOwn(SADDLE, lang));
}

/** Every topic text, every triage reply (SMS and voice) and every tip, in each language the rules are written for. */
function emergencyTexts(content: Content): Text[] {
  const out: Text[] = [];
  for (const lang of phraseLanguages(content)) {
    for (const item of content.items) {
      if (item.kind !== 'topic') continue;
      item[lang].sms.forEach((text, i) => out.push({ item: item.id, lang, label: `page ${i + 1}`, text }));
      out.push({ item: item.id, lang, label: 'voice', text: item[lang].voice });
    }
    for (const [key, texts] of Object.entries(content.triage.replies)) out.push({ item: 'triage', lang, label: `reply ${key}`, text: texts[lang] });
    for (const [key, texts] of Object.entries(content.triage.voiceReplies)) out.push({ item: 'triage', lang, label: `voice reply ${key}`, text: texts[lang] });
    for (const { item, tip } of allTips(content)) out.push({ item, lang, label: `tip ${tip.id}`, text: tip[lang] });
  }
  return out;
}

/**
 * Emergency advice that is safe per sign (rule emergency-transport): a text that sends someone to the emergency
 * room, or that names a sign needing an ambulance (chest pain, a tearing pain, a crash or fall from a height, trouble
 * breathing, fainting) with 911, also says not to drive yourself.
 */
function checkTransport(texts: readonly Text[], sink: Sink): void {
  for (const { item, lang, label, text } of texts) {
    const er = GO_TO_ER[lang].test(text);
    const ambulance = AMBULANCE_SIGN[lang].test(text) && CALL_911.test(text);
    if ((er || ambulance) && !NO_DRIVING[lang].test(text)) {
      const why = er ? 'sends the person to the emergency room' : 'names a sign that needs an ambulance';
      sink.error({ item, lang, rule: 'emergency-transport', message: `${label}: ${why} but does not say not to drive (${lang === 'en' ? '"do not drive yourself"' : '"no maneje"'})` });
    }
  }
}

/**
 * Cauda equina syndrome named so emergency staff understand (rule ces-named, after the NHS CES card): a topic whose
 * SMS pages, or whose voice script, give the saddle sign with 911 names "cauda equina syndrome" in them too.
 */
function checkCesNamed(content: Content, sink: Sink): void {
  for (const item of content.items) {
    if (item.kind !== 'topic') continue;
    for (const lang of phraseLanguages(content)) {
      const gives = (t: string) => SADDLE[lang].test(t) && CALL_911.test(t);
      const sms = item[lang].sms;
      if (sms.some(gives) && !sms.some((t) => CES_NAME.test(t))) {
        sink.error({ item: item.id, lang, rule: 'ces-named', message: 'SMS pages give the cauda equina emergency signs but never name cauda equina syndrome (e.g. "Tell them you may have cauda equina syndrome")' });
      }
      if (gives(item[lang].voice) && !CES_NAME.test(item[lang].voice)) {
        sink.error({ item: item.id, lang, rule: 'ces-named', message: 'voice script gives the cauda equina emergency signs but never names cauda equina syndrome' });
      }
    }
  }
}

/**
 * Safety lines where a reader meets them first: a cause summary's first SMS page carries the emergency line (911 and
 * the saddle sign; rule first-page-emergency); a self-care topic says when to get help (911 in an SMS page and in the
 * voice script; rule self-care-help); when-to-get-help gives 911 and 988 on its first page and in its voice script
 * before any same-day or few-days advice (rule help-order).
 */
function checkSafetyLines(content: Content, sink: Sink): void {
  for (const topic of topicsOf(content, [CAUSES_MENU])) {
    for (const lang of content.languages.codes) {
      const first = topic[lang].sms[0] ?? '';
      // Where the saddle sign has no phrases yet, the 911 alone is checked.
      if (!(CALL_911.test(first) && (SADDLE[lang]?.test(first) ?? true))) {
        sink.error({ item: topic.id, lang, rule: 'first-page-emergency', message: 'page 1 of a cause summary must carry the emergency line: 911 and numbness between the legs (short form of the 911 signs)' });
      }
    }
  }
  for (const topic of topicsOf(content, SELF_CARE_MENUS)) {
    for (const lang of content.languages.codes) {
      if (!topic[lang].sms.some((t) => CALL_911.test(t))) sink.error({ item: topic.id, lang, rule: 'self-care-help', message: 'no SMS page says when to get help (the 911 signs)' });
      if (!CALL_911.test(topic[lang].voice)) sink.error({ item: topic.id, lang, rule: 'self-care-help', message: 'the voice script does not say when to get help (the 911 signs)' });
    }
  }
  const help = content.nodes.get(HELP_TOPIC);
  if (help?.kind !== 'topic') return;
  const LATER: Record<Lang, RegExp> = { en: /\btoday\b|few days/iu, es: /\bhoy\b|pocos d[ií]as/iu };
  for (const lang of content.languages.codes) {
    const first = help[lang].sms[0] ?? '';
    if (!(CALL_911.test(first) && CALL_988.test(first))) sink.error({ item: HELP_TOPIC, lang, rule: 'help-order', message: 'page 1 must give both 911 (with its signs) and 988' });
    const voice = help[lang].voice;
    const later = LATER[lang] ? voice.search(LATER[lang]) : -1;
    const at911 = voice.search(CALL_911);
    const at988 = voice.search(CALL_988);
    if (at911 < 0 || at988 < 0 || (later >= 0 && (at911 > later || at988 > later))) {
      sink.error({ item: HELP_TOPIC, lang, rule: 'help-order', message: 'the voice script must give 911 and 988 before any same-day or few-days advice' });
    }
  }
}

/** The safety-line rules: emergency-transport, ces-named, first-page-emergency, self-care-help, help-order (safety-phrases warns of a language they have no phrases for). */
export function checkSafety(content: Content, sink: Sink): void {
  for (const lang of content.languages.codes.filter((l) => !phraseLanguages(content).includes(l))) {
    sink.warn({ item: 'languages', lang, rule: 'safety-phrases', message: `the safety-line rules have no ${lang} phrases (tools/lint/safety-lines.ts): emergency-transport, ces-named and the saddle sign of first-page-emergency do not check ${lang} text` });
  }
  checkTransport(emergencyTexts(content), sink);
  checkCesNamed(content, sink);
  checkSafetyLines(content, sink);
}
