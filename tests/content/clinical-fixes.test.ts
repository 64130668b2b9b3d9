import { describe, expect, it } from 'vitest';
import { loadContent } from '../../tools/content/load-yaml.js';
import { lintContent } from '../../tools/lint/lint-content.js';
import { readFingerprint } from '../../tools/lint/source-fingerprint.js';
import { renderReport } from '../../tools/report/render-report.js';
import type { Topic } from '../../functions/content/schema.js';
import { menuPrompt } from '../../functions/engine/voice.js';
import type { Lang } from '../../functions/core/langs.js';

const root = new URL('../../', import.meta.url).pathname;
const content = loadContent(`${root}content`);

function topic(id: string): Topic {
  const node = content.nodes.get(id);
  if (node?.kind !== 'topic') throw new Error(`no topic ${id}`);
  return node;
}

/** Every text a person can read or hear in one language, labelled: topic pages and scripts, menus, messages, tips, triage. */
function texts(lang: Lang): [string, string][] {
  const out: [string, string][] = [];
  for (const item of content.items) {
    if (item.kind === 'topic') {
      item[lang].sms.forEach((t, i) => out.push([`${item.id} page ${i + 1}`, t]));
      out.push([`${item.id} voice`, item[lang].voice]);
    } else if (item.kind === 'menu') out.push([`${item.id} intro`, item[lang].intro]);
    else if (item.kind === 'messages') for (const [k, t] of Object.entries(item.messages)) out.push([`messages ${k}`, t[lang]]);
    else if (item.kind === 'tips') for (const tip of item.tips) out.push([`tip ${tip.id}`, tip[lang]]);
  }
  for (const [k, t] of Object.entries(content.triage.replies)) out.push([`reply ${k}`, t[lang]]);
  for (const [k, t] of Object.entries(content.triage.voiceReplies)) out.push([`voice reply ${k}`, t[lang]]);
  return out;
}

/** SMS pages and tips (not voice), where a tip must hold on its own. */
function smsTexts(lang: Lang): [string, string][] {
  return texts(lang).filter(([label]) => !label.includes('voice'));
}

describe('Spanish wording', () => {
  it('says "la mayoría" where the English says "most", never "casi siempre / casi nadie / casi todos"', () => {
    const found = texts('es').filter(([, t]) => /\bcasi (siempre|nadie|todos|todas|todo|nunca)\b/i.test(t)).map(([l]) => l);
    expect(found).toEqual([]);
  });

  it('keeps "sala de emergencias" (911) apart from same-day care: no "urgencias" anywhere', () => {
    expect(texts('es').filter(([, t]) => /urgencias/i.test(t)).map(([l]) => l)).toEqual([]);
    expect(content.triage.replies.urgent.es).toMatch(/hoy mismo/);
    expect(content.triage.voiceReplies.urgent.es).toMatch(/hoy mismo/);
  });

  it('writes ages as "años", not "de edad", and the Spanish SMS words the old no-accent rule broke', () => {
    expect(texts('es').filter(([, t]) => /\d+ de edad/.test(t)).map(([l]) => l)).toEqual([]);
    const sms = smsTexts('es').map(([, t]) => t).join('\n');
    for (const broken of [/\bsenales\b/, /\bdano\b/, /\bbano\b/, /\bmedico\b/, /\btambien\b/, /\bdespues\b/, /\bespanol\b/]) expect(sms).not.toMatch(broken);
    expect(sms).toMatch(/señales/);
    expect(sms).toMatch(/¿/);
  });

  it('gives voice menus accented titles where the SMS title cannot carry them', () => {
    expect(topic('sciatica').es.voiceTitle).toBe('Ciática');
    expect(topic('surgery').es.voiceTitle).toBe('Cirugía');
    const menu = content.nodes.get('voice-causes-a');
    if (menu?.kind !== 'menu') throw new Error('no voice-causes-a menu');
    expect(menuPrompt(content, menu, 'es')).toContain('Para Ciática, oprima 1.');
    expect(menuPrompt(content, menu, 'en')).toContain('For Sciatica, press 1.');
  });
});

describe('clinical corrections', () => {
  it('piriformis: a weak leg is same-day, not routine', () => {
    const p = topic('piriformis');
    expect(p.en.sms.join(' ')).toMatch(/weakness in one leg\? Get care today/);
    expect(p.en.voice).toMatch(/If your leg feels weak, get care today/);
    expect(p.es.voice).toMatch(/Si siente la pierna débil, vea hoy mismo a su médico/);
    for (const lang of ['en', 'es'] as const) expect(p[lang].sms.join(' ')).not.toMatch(/not better in 4 to 6 weeks, or your leg feels weak|o siente la pierna debil/);
  });

  it('manual therapy makes no claim about the person\'s spine and sends bladder or bowel trouble to 911', () => {
    const m = topic('manual-therapy');
    for (const lang of ['en', 'es'] as const) {
      const all = [...m[lang].sms, m[lang].voice].join(' ');
      expect(all).not.toMatch(/your spine is not out of place|su columna no est[aá] fuera de lugar/i);
      expect(all).not.toMatch(/medical help/i);
      expect(m[lang].sms.join(' ')).toMatch(/(bladder or bowel|orinar o evacuar)[^?]*\?[^?]*911/);
      expect(m[lang].voice).toMatch(/9-1-1/);
    }
  });

  it('surgery: no disc replacement for a slipped vertebra; NICE on fusion and disc replacement', () => {
    const s = topic('surgery');
    expect(s.en.sms.join(' ')).not.toMatch(/Disc replacement[^.]*\. These are only for some cases, like a slip/);
    expect(s.en.sms.join(' ')).toMatch(/no to fusion for back pain alone, except in a trial, and no to disc replacement/);
    expect(s.en.voice).toMatch(/not to offer a fusion for back pain alone, except in a research trial/);
    expect(s.en.voice).toMatch(/disc replacement[^.]*\. Guidelines say not to offer it for back pain/);
  });

  it('degenerative disc: no fusion or disc replacement for back pain (NICE), not "for a few people in special cases"', () => {
    const d = topic('degenerative-disc');
    for (const lang of ['en', 'es'] as const) expect([...d[lang].sms, d[lang].voice].join(' ')).not.toMatch(/special cases|casos especiales/);
    expect(d.en.sms.join(' ')).toMatch(/no to disc replacement\. Fusion for back pain is only for research trials/);
    expect(d.es.voice).toMatch(/no ofrecer la fusión[^.]*salvo en un estudio[^.]*no ofrecer el disco artificial/);
  });

  it('steroid shots are for new, severe sciatica, never for pain "that will not settle"', () => {
    for (const lang of ['en', 'es'] as const) {
      const found = texts(lang).filter(([, t]) => /will not settle|does not settle|that is not settling|que no se calma/i.test(t) && /shot|inyecci/i.test(t)).map(([l]) => l);
      expect(found).toEqual([]);
    }
    for (const id of ['injections', 'faq-nerve-pain', 'faq-relief']) expect([...topic(id).en.sms, topic(id).en.voice].join(' ')).toMatch(/new,? (and )?severe sciatica|sciatica that is new and severe/);
  });

  it('NSAID cautions name age over 60, two NSAIDs together, steroids and heavy drinking (medicines topic and tip)', () => {
    const tip = content.tips.find((t) => t.id === 'nsaid-safety')!;
    const m = topic('medicines');
    for (const [lang, text] of [['en', m.en.sms.join(' ')], ['en', m.en.voice], ['es', m.es.sms.join(' ')], ['es', m.es.voice], ['en', tip.en], ['es', tip.es]] as const) {
      expect(text, text).toMatch(/60/);
      expect(text, text).toMatch(lang === 'en' ? /2 NSAIDs together|never 2 at once|Never take 2/i : /nunca (tome )?2|2 juntos|2 a la vez/i);
      expect(text, text).toMatch(/steroids|esteroides/i);
      expect(text, text).toMatch(lang === 'en' ? /alcohol|drink a lot/i : /alcohol|bebe mucho/i);
    }
  });

  it('injections: a fever after a shot is same-day care', () => {
    const i = topic('injections');
    expect(i.en.sms.join(' ')).toMatch(/After a shot, get care today for a fever/);
    expect(i.es.sms.join(' ')).toMatch(/vea hoy mismo a su médico si tiene fiebre/);
    expect(i.en.voice).toMatch(/Get care today if you have a fever/);
    expect(i.es.voice).toMatch(/tiene fiebre[^.]*vea hoy mismo/);
  });

  it('every straight-leg or hamstring (nerve) stretch carries its stop rule on the same page or tip', () => {
    const EN = /straight leg|leg straight|hamstring stretch|nerve (stretch|glide|floss)/i;
    const ES = /pierna recta|muslo de atras/i;
    for (const lang of ['en', 'es'] as const) {
      const stretches = texts(lang).filter(([, t]) => (lang === 'en' ? EN : ES).test(t));
      expect(stretches.length, lang).toBeGreaterThanOrEqual(3);
      for (const [label, t] of stretches) {
        if (lang === 'en') expect(t, label).toMatch(/Stop if pain spreads[^.]*down the leg[^.]*numb[^.]*weak/);
        else expect(t, label).toMatch(/Pare si el dolor baja m[aá]s por la pierna[^.]*(duerme|dormida)[^.]*debilita/);
      }
    }
  });

  it('leg pain on walking that eases with rest is not assumed to be stenosis: artery disease is named and a doctor advised', () => {
    const tip = content.tips.find((t) => t.id === 'stenosis-walking')!;
    expect(tip.en).toMatch(/blocked leg artery\. See a doctor/);
    expect(tip.es).toMatch(/arteria tapada\. Vea a un médico/);
    for (const lang of ['en', 'es'] as const) {
      expect(topic('spinal-stenosis')[lang].sms.join(' ')).toMatch(/artery|arteria/);
      expect(topic('spinal-stenosis')[lang].voice).toMatch(/artery|arteria/);
    }
  });
});

describe('emergency advice', () => {
  it('the emergency replies say call 911 and do not drive yourself, in both languages and channels', () => {
    expect(content.triage.replies.emergency.en).toMatch(/Call 911 now\. Do not drive yourself\./);
    expect(content.triage.replies.emergency.es).toMatch(/Llame al 911\. No maneje usted\./);
    expect(content.triage.voiceReplies.emergency.en).toMatch(/Do not drive yourself/);
    expect(content.triage.voiceReplies.emergency.es).toMatch(/No maneje usted/);
    for (const lang of ['en', 'es'] as const) expect(content.triage.replies.emergency[lang].length).toBeLessThanOrEqual(160);
  });

  it('when-to-get-help names cauda equina syndrome the way the NHS card does, and the aortic tear sign', () => {
    const h = topic('when-to-get-help');
    expect(h.en.sms.join(' ')).toMatch(/tell them you may have cauda equina syndrome/i);
    expect(h.es.sms.join(' ')).toMatch(/diga que puede ser sindrome de cauda equina/i);
    expect(h.en.sms.join(' ')).toMatch(/tearing or ripping pain in the back or chest/);
    expect(h.en.voice).toMatch(/tell them you may have cauda equina syndrome/i);
  });

  it('when-to-get-help runs by tier on both channels: 911 and 988 first, then today, then a few days, then not an emergency', () => {
    const h = topic('when-to-get-help');
    const order = (text: string, marks: RegExp[]) => marks.map((m) => text.search(m));
    for (const [lang, marks] of [['en', [/911|9-1-1/, /988|9-8-8/, /\btoday\b/i, /few days/i, /not an emergency/i]], ['es', [/911|9-1-1/, /988|9-8-8/, /hoy mismo/i, /pocos d[ií]as/i, /no es una emergencia/i]]] as const) {
      for (const text of [h[lang].sms.join('\n'), h[lang].voice]) {
        const at = order(text, [...marks]);
        expect(at.every((i) => i >= 0), `${lang}: ${at.join(',')}`).toBe(true);
        expect([...at].sort((a, b) => a - b), lang).toEqual(at);
      }
      expect(h[lang].sms[0]).toMatch(/911/);
      expect(h[lang].sms[0]).toMatch(/988/);
    }
  });
});

describe('review status', () => {
  it('every clinical item and the triage rules say pending sign-off, and the review report shows it', () => {
    const clinical = content.items.filter((i) => i.kind === 'topic' || i.kind === 'tips' || i.kind === 'messages');
    for (const item of clinical) expect(item.reviewerRole, item.id).toMatch(/pending sign-off/);
    expect(content.triage.reviewerRole).toMatch(/pending sign-off/);
    const lint = lintContent(content, { today: new Date().toISOString().slice(0, 10), source: readFingerprint(root) });
    const html = renderReport(content, lint, { generatedAt: 'now', contentDir: 'content' });
    expect(html).toContain('with emergency physician review, pending sign-off');
    expect(html.match(/pending sign-off/g)!.length).toBeGreaterThanOrEqual(clinical.length + 1);
  });
});
