import type { Content } from '../../functions/content/model.js';
import { programTipId } from '../../functions/engine/program-day.js';
import type { Lang } from '../../functions/core/langs.js';
import { allTips } from './texts.js';
import type { Sink } from './types.js';

/** A tip that has the person stretch or hold an exercise position. */
const STRETCH: Record<Lang, RegExp> = {
  en: /stretch|hands and knees|knee to chest|cat-cow|bird dog|\bbridges?\b|\bplank|straight leg|\bhold (it )?(for )?\d+( to \d+)? seconds/iu,
  es: /estir|manos y rodillas|rodilla al pecho|gato y vaca|perro y p[aá]jaro|\bpuente\b|plancha|pierna recta|sostenga/iu,
};
/** The stop rule, part by part: stop, pain spreading down the leg, numbness, weakness. */
const STOP_RULE: Record<Lang, readonly [string, RegExp][]> = {
  en: [['"stop if"', /\bstop if\b/iu], ['pain spreading down the leg', /down (your|the|a) leg/iu], ['numbness', /\bnumb/iu], ['weakness', /\bweak/iu]],
  es: [['"pare si"', /\bpare si\b|\bdet[eé]ngase si\b/iu], ['dolor que baja por la pierna', /baja (mas )?por la pierna/iu], ['piel dormida', /dorm|duerm|adormec|entumec/iu], ['debilidad', /debilit|d[eé]bil/iu]],
};
const CALL_911 = /\b911\b/u;
const CALL_988 = /\b988\b/u;

/**
 * Tip rules: a tip that has the person stretch or hold an exercise says when to stop, in full (rule stretch-stop: stop
 * if pain spreads down the leg, or it goes numb or weak), in every language it is written in; the daily program's
 * day 1 (the same for every subscriber) names 911 and 988 in every language (rule program-day-one).
 */
export function checkTips(content: Content, sink: Sink): void {
  const langs = content.languages.codes.filter((lang) => Object.hasOwn(STRETCH, lang));
  for (const lang of content.languages.codes.filter((l) => !langs.includes(l))) {
    sink.warn({ item: 'languages', lang, rule: 'tip-phrases', message: `the stretch-stop rule has no ${lang} phrases (tools/lint/tip-safety.ts), so ${lang} tips are not checked by it` });
  }
  for (const { item, tip } of allTips(content)) {
    for (const lang of langs) {
      if (!STRETCH[lang].test(tip[lang])) continue;
      const missing = STOP_RULE[lang].filter(([, pattern]) => !pattern.test(tip[lang])).map(([name]) => name);
      if (missing.length) sink.error({ item, lang, rule: 'stretch-stop', message: `tip ${tip.id}: a stretch or exercise without its stop rule (missing ${missing.join(', ')}): "Stop if pain spreads down your leg, or your leg goes numb or weak."` });
    }
  }
  const first = programTipId(content.program, 1, '');
  const tip = allTips(content).find((t) => t.tip.id === first);
  for (const lang of content.languages.codes) {
    const text = tip?.tip[lang] ?? '';
    if (!(CALL_911.test(text) && CALL_988.test(text))) sink.error({ item: tip?.item ?? 'daily', lang, rule: 'program-day-one', message: `day 1 of the daily program (tip ${first}) must name both 911 and 988` });
  }
}
