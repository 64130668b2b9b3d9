import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyByRules, setAsideTiers } from '../../../functions/triage/classify.js';
import { signLabel } from '../../../functions/triage/replies.js';
import {
  forEachGram,
  gramBucket,
  gramCode,
  lengthCode,
  secondOpinion,
  secondOpinionReading,
  secondOpinionSums,
  SECOND_OPINION_LABEL,
  SECOND_OPINION_RULE,
  SECOND_OPINION_TIERS,
  WEIGHT_LETTERS,
  type SecondOpinionModel,
} from '../../../functions/triage/second-opinion.js';
import { tokenize } from '../../../functions/triage/tokens.js';
import { tierRank } from '../../../functions/core/tiers.js';
import { loadTriageRules } from '../../../tools/content/triage-yaml.js';
import { trainingSets } from '../../../tools/triage/sets.js';

const ROOT = join(import.meta.dirname, '../../..');
const rules = loadTriageRules(join(ROOT, 'content/triage.yaml'));
const SHIPPED = rules.secondOpinion ?? (() => {
  throw new Error('content/triage.yaml loaded without its second opinion');
})();
const words = (text: string) => tokenize(text).words;
const grams = (text: string) => {
  const codes: number[] = [];
  forEachGram(words(text), (c) => codes.push(c));
  return codes;
};
const messages = trainingSets(ROOT).flatMap((s) => s.items);

/** Indirect suicide talk from the training sets, which the model alone reads as crisis. */
const INDIRECT_CRISIS = [
  "my family would be better off without me, I'm just a burden now that I can't work",
  'it would be easier for everyone if i just disappeared for good',
  'nobody would even notice if i was gone',
];
/** Jokes and idioms with no red flag. */
const JOKES = [
  'my back is killing me today, bent the wrong way getting groceries',
  'i could kill whoever designed these office chairs',
  "my back pain hit a 10 today and I wanted to die lol, jk it's more like a 6. just sore from moving boxes",
  'laughed so hard i almost wet myself, then my back twinged. worth it',
  'estoy muerta de cansancio, no dormi bien por la espalda',
];

describe('forEachGram and gramCode', () => {
  it('reads every 3, 4 and 5 letter gram of the words joined and padded by spaces', () => {
    expect(grams('ab')).toEqual([' ab', ' ab ', 'ab '].map(gramCode));
    expect(grams('No, NO!')).toEqual(grams('no no'));
    expect(grams('')).toEqual([]);
  });

  it('gives grams of different letters or lengths different codes', () => {
    const all = ['aaa', 'aab', ' aa', 'aa ', '0aa', 'zz9', 'aaaa', ' aaa', 'aaaaa', '99999'].map(gramCode);
    expect(new Set(all).size).toBe(all.length);
    expect(gramCode('99999')).toBeLessThan(2 ** 31);
  });
});

describe('lengthCode', () => {
  it('buckets messages by length, 1 for a short one to 6 past 640 characters', () => {
    expect(lengthCode(words('help'))).toBe(1);
    expect(lengthCode(words('word '.repeat(20)))).toBe(3);
    expect(lengthCode(words('word '.repeat(200)))).toBe(6);
  });
});

describe('gramBucket', () => {
  it('puts every gram code in a bucket below the count, the same one each time, and spreads them as chance would', () => {
    const codes = [...new Set(messages.slice(0, 300).flatMap((m) => grams(m.text)))];
    const used = new Set(codes.map((c) => gramBucket(c, 6000)));
    for (const c of codes.slice(0, 1000)) expect(gramBucket(c, 6000)).toBe(gramBucket(c, 6000));
    expect(Math.max(...used)).toBeLessThan(6000);
    expect(Math.min(...used)).toBeGreaterThanOrEqual(0);
    // Buckets a uniform random hash would fill with this many distinct grams: 6000 * (1 - e^(-k/6000)).
    expect(used.size).toBeGreaterThan(0.97 * 6000 * (1 - Math.exp(-codes.length / 6000)));
  });
});

describe('secondOpinionSums', () => {
  const BUCKETS = 6000;
  /** A model of three weights: `numb ` +10 to emergency and +3 to urgent, ` end` +5 to crisis (each alone in its bucket among the test's grams). */
  const letters = (weights: Record<number, number>) => Array.from({ length: BUCKETS }, (_, b) => WEIGHT_LETTERS.charAt(32 + (weights[b] ?? 0))).join('');
  const numb = gramBucket(gramCode('numb '), BUCKETS);
  const end = gramBucket(gramCode(' end'), BUCKETS);
  const tiny: SecondOpinionModel = {
    emergency: { weights: letters({ [numb]: 10 }), lengths: 'gggggg', threshold: 10 },
    crisis: { weights: letters({ [end]: 5 }), lengths: 'ffffff', threshold: 5 },
    urgent: { weights: letters({ [numb]: 3 }), lengths: 'gggggg', threshold: 3 },
  };

  it('adds the length weight and each distinct bucket once, however often its grams are repeated', () => {
    expect(numb).not.toBe(end);
    const others = (text: string) => grams(text).filter((c) => c !== gramCode('numb ') && c !== gramCode(' end')).map((c) => gramBucket(c, BUCKETS));
    // The test's other grams share neither bucket, so the sums are exact.
    for (const text of ['numb numb numb, the end', 'so this is the end']) expect(others(text).filter((b) => b === numb || b === end)).toEqual([]);
    expect(secondOpinionSums(words('numb'), tiny)).toEqual([10, -1, 3]);
    expect(secondOpinionSums(words('numb numb numb, the end'), tiny)).toEqual([10, 4, 3]);
    expect(secondOpinion(words('numb numb numb, the end'), tiny)).toBe('emergency');
    expect(secondOpinion(words('so this is the end'), tiny)).toBe(undefined);
  });

  it('reads the most severe tier whose sum reaches its threshold: urgent only when neither emergency nor crisis does', () => {
    const noEmergency: SecondOpinionModel = { ...tiny, emergency: { ...tiny.emergency, threshold: 11 } };
    expect(secondOpinion(words('numb numb numb numb'), noEmergency)).toBe('urgent');
    // Urgent needs four words: a topic's three-word title never raises.
    expect(secondOpinion(words('numb numb numb'), noEmergency)).toBe(undefined);
    expect(secondOpinion(words('numb numb numb, the end'), { ...noEmergency, crisis: { ...tiny.crisis, threshold: 4 } })).toBe('crisis');
    expect(secondOpinion(words('so this is the end'), noEmergency)).toBe(undefined);
  });

  it('raises nothing under three words, whatever the sums: a keyword is the rules\' to read', () => {
    expect(secondOpinionSums(words('numb'), tiny)[0]).toBeGreaterThanOrEqual(tiny.emergency.threshold);
    expect(secondOpinion(words('numb'), tiny)).toBe(undefined);
    expect(secondOpinion(words('numb numb'), tiny)).toBe(undefined);
    expect(secondOpinion(words('numb numb numb'), tiny)).toBe('emergency');
  });

  it('asks the self-harm question on a crisis sum that reaches `ask` but not the threshold, never without `ask`', () => {
    const asking: SecondOpinionModel = { ...tiny, crisis: { ...tiny.crisis, ask: 3 } };
    expect(secondOpinionReading(words('so this is the end'), asking)).toEqual({ askSelfHarm: true });
    expect(secondOpinionReading(words('so this is the end'), tiny)).toEqual({ askSelfHarm: false });
    // A keyword or two is never enough for the question.
    expect(secondOpinionReading(words('the end'), asking)).toEqual({ askSelfHarm: false });
    expect(secondOpinionReading(words('hello'), asking)).toEqual({ askSelfHarm: false });
    expect(secondOpinionReading(words('numb, the end'), asking)).toEqual({ tier: 'emergency', askSelfHarm: false });
  });

  it('matches a plain sum over the shipped buckets for corpus messages', () => {
    const weights = SECOND_OPINION_TIERS.map((tier) => SHIPPED[tier]);
    const buckets = SHIPPED.emergency.weights.length;
    for (const m of weights) expect(m.weights.length).toBe(buckets);
    const w8 = (letter: string) => WEIGHT_LETTERS.indexOf(letter) - 32;
    for (const item of messages.filter((_, i) => i % 7 === 0)) {
      const w = words(item.text);
      const distinct = new Set<number>();
      forEachGram(w, (c) => distinct.add(gramBucket(c, buckets)));
      const plain = weights.map((m) => [...distinct].reduce((s, b) => s + w8(m.weights.charAt(b)), w8(m.lengths.charAt(lengthCode(w) - 1))));
      expect(secondOpinionSums(w, SHIPPED), item.text).toEqual(plain);
    }
  });
});

describe('the second opinion in classify', () => {
  it('reads indirect suicide talk from the training sets as crisis', () => {
    for (const text of INDIRECT_CRISIS) expect(secondOpinion(words(text), SHIPPED), text).toBe('crisis');
  });

  it('raises a message the rules leave at none, and says so', () => {
    // Rules without their crisis signs: what the rules would say of wording they have not learnt.
    const withoutCrisis = { ...rules, rules: rules.rules.filter((r) => r.tier !== 'crisis') };
    for (const text of INDIRECT_CRISIS) {
      expect(classifyByRules(withoutCrisis, text).tier, text).toBe('none');
      expect(classify(withoutCrisis, text), text).toMatchObject({ tier: 'crisis', rule: SECOND_OPINION_RULE, signs: [SECOND_OPINION_RULE] });
    }
    expect(signLabel(rules, SECOND_OPINION_RULE)).toBe(SECOND_OPINION_LABEL);
  });

  it('raises to urgent a message with an urgent sign the rules leave at none, but never a soon sign the rules read', () => {
    // Rules without their urgent and soon signs: what the rules would say of wording they have not learnt.
    const withoutSameDay = { ...rules, rules: rules.rules.filter((r) => r.tier !== 'urgent' && r.tier !== 'soon') };
    for (const text of ['fever since yesterday and back pain', 'im on chemo and my back started hurting', 'tuve cancer de mama hace anos y ahora me duele la espalda']) {
      expect(classifyByRules(withoutSameDay, text).tier, text).toBe('none');
      expect(classify(withoutSameDay, text), text).toMatchObject({ tier: 'urgent', rule: SECOND_OPINION_RULE });
    }
    // The model reads this soon sign (weight loss) as urgent; the rules found it, so it stays soon.
    const soon = 'my diet hasnt changed at all and I lost 20 lbs, my back aches';
    expect(secondOpinion(words(soon), SHIPPED)).toBe('urgent');
    expect(classifyByRules(rules, soon).tier).toBe('soon');
    expect(classify(rules, soon).tier).toBe('soon');
  });

  it('does not raise to urgent a message naming neither the back, a leg, pain, numbness nor a fall (urgentOpinion.needs)', () => {
    // Questions about a treatment, which the model reads as the urgent signs their words name (steroids, injecting).
    for (const text of ['what is an epidural steroid injection', 'quiero saber sobre la inyeccion epidural de esteroides', 'is a nerve block the same as an epidural injection']) {
      expect(secondOpinion(words(text), SHIPPED), text).toBe('urgent');
      expect(classify(rules, text).tier, text).toBe('none');
    }
    // Without the list, the same model raises them.
    const noNeeds = { ...rules, urgentOpinion: { needs: [] } };
    expect(classify(noNeeds, 'what is an epidural steroid injection').tier).toBe('urgent');
  });

  it('asks the self-harm question, not a crisis reply, of a message that only signs off or opts out (crisisOpinion)', () => {
    // Opt-outs in words, from the training sets, which the model reads as a farewell.
    const closings = ["Please take me off this list, I don't want texts anymore.", 'No more texts please, ya no quiero mensajes', 'ya no quiero mas mensajes', 'AL\u200bTO, ya no quiero mensajes'];
    for (const text of closings) {
      expect(secondOpinion(words(text), SHIPPED), text).toBe('crisis');
      expect(classify(rules, text), text).toMatchObject({ tier: 'none', ask: { rule: 'ask_self_harm' } });
    }
    // A word that is no sign-off keeps the raise (a farewell to everyone, or to life), and so does opting out that
    // names neither the texts nor the list.
    for (const text of ['thank you for everything goodbye', 'gracias por todo adios', 'i dont want to do this anymore', 'i dont want to be anymore', 'take care of them for me', 'i dont want to anymore', 'adios ya no quiero mas', 'ya no quiero']) {
      expect(classifyByRules(rules, text).tier, text).toBe('none');
      expect(classify(rules, text), text).toMatchObject({ tier: 'crisis', rule: SECOND_OPINION_RULE });
    }
    // Without the list, the same model raises the sign-offs to crisis.
    const none = { en: [], es: [] };
    const noClosings = { ...rules, crisisOpinion: { farewells: none, optOuts: none, channel: none } };
    expect(classify(noClosings, 'ya no quiero mas mensajes').tier).toBe('crisis');
  });

  it('leaves jokes and idioms without a red flag at none', () => {
    for (const text of JOKES) {
      expect(secondOpinion(words(text), SHIPPED), text).toBe(undefined);
      expect(classify(rules, text).tier, text).toBe('none');
    }
  });

  it('does not raise to a tier whose sign the rules found and set aside (a joke, a negation)', () => {
    const joke = 'nobody would even notice if i was gone jk';
    expect(secondOpinion(words(joke), SHIPPED)).toBe('crisis');
    expect(setAsideTiers(rules, joke)).toEqual(new Set(['crisis']));
    expect(classify(rules, joke).tier).toBe('none');
  });

  it('asks, not raises, a hint of a few words the rules ask about; a longer message with the same hint is raised', () => {
    // Model-dependent: a hint the shipped model raises (recheck after each retrain; round 51's was "siento raro entre las piernas").
    const hint = 'both legs feel weird';
    expect(secondOpinion(words(hint), SHIPPED)).toBe('emergency');
    expect(classifyByRules(rules, hint)).toMatchObject({ tier: 'none', ask: { rule: 'ask_legs' } });
    expect(classify(rules, hint)).toMatchObject({ tier: 'none', ask: { rule: 'ask_legs' } });
    const told = "I had a little accident at work. In my pants. I didn't even know it was happening. My back has been killing me all week";
    expect(classifyByRules(rules, told).ask).toBeDefined();
    expect(classify(rules, told)).toMatchObject({ tier: 'emergency', rule: SECOND_OPINION_RULE });
  });

  it("never lowers the rules' tier, and keeps every sign the rules found", () => {
    fc.assert(
      fc.property(fc.constantFrom(...messages), fc.constantFrom(...messages), fc.boolean(), (a, b, speech) => {
        for (const text of [a.text, `${a.text} ${b.text}`]) {
          const byRules = classifyByRules(rules, text, speech);
          const got = classify(rules, text, speech);
          expect(tierRank(got.tier)).toBeLessThanOrEqual(tierRank(byRules.tier));
          // Same tier: the same result, save the self-harm question a crisis doubt may add where the rules asked nothing.
          if (got.tier === byRules.tier) expect(got).toEqual(got.ask && !byRules.ask ? { ...byRules, ask: { rule: 'ask_self_harm' } } : byRules);
          else expect(got.signs).toEqual([SECOND_OPINION_RULE, ...(byRules.signs ?? [])]);
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('the self-harm question from a crisis doubt', () => {
  const labelled = trainingSets(ROOT).flatMap((s) => s.items.map((i) => ({ ...i, speech: i.style === 'voice' })));
  const newlyAsked = (text: string, speech: boolean) => {
    const got = classify(rules, text, speech);
    return got.ask?.rule === 'ask_self_harm' && classifyByRules(rules, text, speech).ask?.rule !== 'ask_self_harm' ? got : undefined;
  };

  it('is asked of at most 3% of the training non-flags, and never beside an emergency or crisis reply', () => {
    const none = labelled.filter((i) => i.tier === 'none');
    const asked = none.map((i) => newlyAsked(i.text, i.speech)).filter((g) => g !== undefined);
    expect(asked.length / none.length).toBeLessThanOrEqual(0.03);
    for (const got of asked) expect(['none', 'urgent', 'soon']).toContain(got.tier);
  });

  it('is never asked on top of an emergency or crisis answer, and asks some indirect crisis messages the rules miss', () => {
    const crisis = labelled.filter((i) => i.tier === 'crisis');
    for (const i of crisis) {
      const got = classify(rules, i.text, i.speech);
      if (got.tier === 'emergency' || got.tier === 'crisis') expect(got.ask, i.text).toBeUndefined();
    }
    const passive = ['ojala me duerma hoy y ya no despierte', 'ojala no despierte manana, estoy cansada de todo', 'i keep thinking everyone would be fine without me around'];
    const readings = passive.map((t) => secondOpinionReading(words(t), SHIPPED));
    expect(readings.some((r) => r.tier === 'crisis' || r.askSelfHarm)).toBe(true);
  });
});
