import * as z from 'zod/mini';
import { Lang } from '../core/langs.js';
import { EscalationTierSchema } from '../core/tiers.js';
import { compilePattern, parsePhrase, type Terms } from './pattern.js';
import { LENGTH_BOUNDS } from './second-opinion.js';
import { CLAUSE_LISTS, type ClauseList } from './types.js';


/**
 * GSM 03.38 basic characters without the escape table: a reply stays GSM-7 (160/153 characters a segment). Spanish
 * may use the accents GSM-7 has (n tilde, e acute, u diaeresis, inverted question and exclamation marks); a, i, o, u
 * acute, curly quotes, dashes and emoji are refused because they force UCS-2.
 */
const SMS_SAFE = /^[@£$¥èéùìòÇ\nØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*$/;
const smsText = z.string().check(
  z.minLength(1),
  z.maxLength(306, 'must fit in 2 SMS segments (306 GSM-7 characters)'),
  z.regex(SMS_SAFE, 'must use GSM-7 characters only (no a, i, o, u acute, curly quotes, em dashes or emoji)'),
  z.refine((s) => s.startsWith('Backline:'), 'must start with "Backline:"'),
);

/** What a caller hears for a tier: plain speech, within Polly's 3000 characters. */
const voiceText = z.string().check(z.minLength(1), z.maxLength(3000, 'must fit in one Polly <Say> (3000 characters)'));
/** Texts keyed by language code; that the codes are the language table's is checked when content loads. */
const voicePair = z.record(Lang, voiceText);

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date like 2026-11-25'));
/** A list of phrases or patterns, each written once (a repeat is a slip that hides which entry a reviewer should read). */
const phraseList = z.array(z.string().check(z.minLength(1))).check(
  z.superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const phrase of list) {
      if (seen.has(phrase)) ctx.addIssue({ code: 'custom', message: `"${phrase}" is listed twice` });
      seen.add(phrase);
    }
  }),
);
const bilingual = z.object({ en: phraseList, es: phraseList });
/** A bilingual list a rules file may leave out: empty in both languages. */
const optionalBilingual = z._default(bilingual, { en: [], es: [] });

const rule = z.object({
  id: z.string().check(z.regex(/^[a-z0-9_]+$/, 'ids are lowercase snake_case')),
  tier: EscalationTierSchema,
  label: z.string().check(z.minLength(1)),
  negationWindow: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  /** The sign is history by nature (cancer, a recent infection): past and resolution cues do not cancel it. */
  history: z.optional(z.boolean()),
  /** Asking about it is the sign (doses, means): a hypothetical cue does not cancel it. */
  asked: z.optional(z.boolean()),
  /** Over within the day still counts (chest pain): with a `recent` cue in its sentence, only an `explained` cue cancels it. */
  recent: z.optional(z.boolean()),
  /** A red flag only with back pain in the same person (a fever): told only of someone else, whose back the message never names, it is theirs alone (context.others). */
  withBackPain: z.optional(z.boolean()),
  en: phraseList,
  es: phraseList,
});

const askQuestion = z.object({
  /** What a YES means, in plain words for the on-call page. */
  label: z.string().check(z.minLength(1)),
  yesTier: EscalationTierSchema,
  en: phraseList,
  es: phraseList,
  question: z.record(Lang, smsText),
});

/** A CHECK question: its id, tier and rule, and its text under each language code (every other key). */
const checkQuestion = z.pipe(
  z.catchall(z.object({ id: z.string().check(z.regex(/^[a-z0-9_]+$/)), tier: EscalationTierSchema, rule: z.string() }), smsText),
  z.transform((q) => q as typeof q & Record<Lang, string>),
);

const replyPair = z.record(Lang, smsText);

const wordList = z._default(phraseList, []);
const clauseLists = z.object(Object.fromEntries(CLAUSE_LISTS.map((k) => [k, wordList])) as Record<ClauseList, typeof wordList>);
const NO_CLAUSES = Object.fromEntries(CLAUSE_LISTS.map((k) => [k, []])) as unknown as Record<ClauseList, string[]>;

const weightLetters = (length?: number) =>
  z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'weights are letters of WEIGHT_LETTERS'), ...(length === undefined ? [] : [z.length(length)]));

/** One tier of the second opinion: a weight letter per gram bucket and per length bucket, a whole-number threshold and (crisis) the ask threshold. */
const tierWeights = z.object({ weights: weightLetters(), lengths: weightLetters(LENGTH_BOUNDS.length + 1), threshold: z.int(), ask: z.optional(z.int()) });

/** Zod schema of the second opinion's weights (content/second-opinion.json): every tier with as many gram buckets. */
export const SecondOpinionModelSchema = z
  .object({ emergency: tierWeights, crisis: tierWeights, urgent: tierWeights })
  .check(z.refine((m) => m.emergency.weights.length === m.crisis.weights.length && m.urgent.weights.length === m.crisis.weights.length, 'every tier needs a weight per gram bucket'));

/** Zod schema for content/triage.yaml, including cross-reference and pattern-syntax checks. */
export const TriageRulesSchema = z
  .object({
    version: z.int().check(z.positive()),
    reviewed: isoDate,
    nextReview: isoDate,
    reviewerRole: z.string().check(z.minLength(3)),
    sources: z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
    matching: z.object({
      gapWords: z.int().check(z.minimum(0), z.maximum(8)),
      noFuzzy: z.array(z.string()),
      soundAlike: z.array(z.string().check(z.regex(/^[a-z]{4,}$/))),
    }),
    negation: z.object({
      window: z.int().check(z.minimum(0), z.maximum(6)),
      cues: bilingual,
      stops: bilingual,
      after: bilingual,
      linking: phraseList,
      intensifiers: phraseList,
      /** After an intensifier ending a resolution cue, words that make it "very" ("ya esta bien hinchado"). */
      intensified: phraseList,
      /** One-word sentences that answer a sign ending its sentence with no ("chest pain? nope."). */
      answers: phraseList,
      coordinators: phraseList,
      signWords: phraseList,
    }),
    /** The statistical second opinion's weights: not in triage.yaml but in content/second-opinion.json beside it (the loaders join them); absent, classify reads the rules alone. */
    secondOpinion: z.optional(SecondOpinionModelSchema),
    context: z.object({
      window: z.int().check(z.minimum(2), z.maximum(20)),
      resolved: bilingual,
      /** A time within the day or the one before ("this morning", "last night", "ayer"): in its sentence, a `recent` rule's sign is over only when explained. */
      recent: optionalBilingual,
      /** Said to be over because it was explained ("turned out to be reflux", "era gastritis"): as `resolved`, and it also cancels a `recent` rule's sign. */
      explained: optionalBilingual,
      past: bilingual,
      hypothetical: bilingual,
      /** A question about a sign that sets it aside only when asked before it ("is it dangerous if you cant pee"): after a sign it is asked about one's own ("cant pee, is it dangerous?"). */
      question: optionalBilingual,
      joke: bilingual,
      animal: bilingual,
      person: bilingual,
      experiencer: bilingual,
      reactivate: bilingual,
      present: bilingual,
      /** A whole clause right after a sign's clause that says no to it ("is my bum numb, it isn't", "I haven't."). */
      denial: optionalBilingual,
      /** Words saying a sign is still there ("and still are", "right now"), in its sentence or after it and a rule's set-aside phrase: the phrase does not set it aside. */
      still: optionalBilingual,
      /** Right after a resolution cue, words saying it went only partly ("se me paso un poco", "went away a little"): the cue does not set the sign aside. */
      partly: optionalBilingual,
      /** Right before a resolution cue (at most one word between, in its clause), words of doubt ("I think they're fine now", "creo que ya se me quito"): a resolution said of now (a present-time cue in its clause, or "ya") does not set the sign aside, unless a past-time cue near the sign dates it. */
      hedge: optionalBilingual,
      /** After a joke cue, words that take it back ("jk... no really. I'm tired of this"): the sign is no joke. */
      earnest: optionalBilingual,
      /** Before self-harm talk in its sentence, a screening question the texter reports ("my GP asked if", "la nurse me pregunto si"): answered no in the next sentence ("I haven't", "No, nunca"), the talk is not the texter's. */
      screening: optionalBilingual,
      /** Anywhere in a message, a role that asks on others' behalf ("I'm a support worker", "for our church newsletter", "un directorio para el grupo"): self-harm talk in a question about others in general, with no word of the texter's own in or right before it, is asked for them. */
      behalf: optionalBilingual,
      /** Another person having a `withBackPain` rule's sign ("my son has", "mi hija tiene"): before it in its sentence, with no word of the texter's own between. */
      others: optionalBilingual,
      /** Anywhere in a message, words that share a sign or a back between people, quote someone or name anyone else ("too", "his", "she", "dice"): no sign is someone else's alone. */
      shared: optionalBilingual,
      /** The texter's own back ("my back", "me duele la espalda"): the only back words a message may hold for a sign to be someone else's alone. */
      ownBack: optionalBilingual,
      /** Term groups naming the back: outside an `ownBack` cue, one may be the other person's. */
      backWords: z._default(z.array(z.string()), []),
      /** Families of term groups naming a body part or function: a resolution cue in a later sentence that names one the sign's words do not ("Breathing totally normal") speaks for that, not the sign. */
      subjects: z._default(z.array(z.array(z.string()).check(z.minLength(1))), []),
      /** Term groups naming other complaints (a back pain, a cold): named anywhere in the clause of a resolution cue in a later clause of a sign's sentence, they make it speak for them ("me quiero matar, ya se me quito el dolor de espalda"). */
      complaints: z._default(z.array(z.string()), []),
      /** Term groups saying the sign went with the complaint ("too", "and the numbness", "y todo"): in the cue's clause, the cue speaks for the sign as well. */
      complaintsToo: z._default(z.array(z.string()), []),
      /** Word lists that tell whose time a past-time cue is (clause-time.ts): clause joiners, subjects, events, past-tense words, comparisons. */
      clauses: z._default(clauseLists, NO_CLAUSES),
      /** Per rule id: phrases that, in the sign's own sentence, say it is not that red flag (weight lost on purpose, a toddler's wet bed). */
      unless: z._default(z.record(z.string(), bilingual), {}),
      /** Per id of a rule marked `recent`: harmless causes ("on my bike", "at my desk") that, near the sign and not negated, let a resolution say it is over as for any rule. */
      causes: z._default(z.record(z.string(), bilingual), {}),
    }),
    idioms: bilingual,
    terms: z.record(z.string().check(z.regex(/^[a-z0-9_]+$/)), bilingual),
    rules: z.array(rule).check(z.minLength(1)),
    askQuestions: z.record(z.string().check(z.regex(/^[a-z0-9_]+$/)), askQuestion),
    check: z.array(checkQuestion).check(z.minLength(1), z.maxLength(6)),
    safetyNet: z.object({ body: z.array(z.string()).check(z.minLength(1)), selfHarm: z.array(z.string()).check(z.minLength(1)) }),
    /** Term groups one of which a message must name for the second opinion to raise it to urgent (none listed: no such need). */
    urgentOpinion: z._default(z.object({ needs: z.array(z.string()) }), { needs: [] }),
    /** Words of a message that only signs off or opts out ("thank you goodbye", "ya no quiero mas mensajes"): thanks and goodbyes, the other words of opting out, and those naming the texts or the list. The second opinion may not raise such a message to crisis; it is asked the self-harm question. */
    crisisOpinion: z.prefault(z.object({ farewells: optionalBilingual, optOuts: optionalBilingual, channel: optionalBilingual }), {}),
    replies: z.object({
      emergency: replyPair, crisis: replyPair, urgent: replyPair, soon: replyPair, none: replyPair, safetyNet: replyPair,
      otherEmergency: replyPair, otherCrisis: replyPair, otherUrgent: replyPair,
    }),
    voiceReplies: z.object({
      emergency: voicePair, crisis: voicePair, urgent: voicePair, soon: voicePair, none: voicePair, safetyNet: voicePair,
      otherEmergency: voicePair, otherCrisis: voicePair, otherUrgent: voicePair,
    }),
  })
  .check(z.superRefine((v, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const reviewed = new Date(`${v.reviewed}T00:00:00Z`);
    const due = new Date(reviewed);
    due.setUTCFullYear(due.getUTCFullYear() + 1);
    if (Number.isNaN(reviewed.getTime())) issue(['reviewed'], 'is not a real date');
    else if (new Date(`${v.nextReview}T00:00:00Z`) > due) issue(['nextReview'], 'red-flag content must be re-reviewed within 12 months');
    const ids = new Set<string>();
    v.rules.forEach((r, i) => {
      if (ids.has(r.id)) issue(['rules', i, 'id'], `duplicate rule id "${r.id}"`);
      ids.add(r.id);
    });
    const terms: Terms = v.terms;
    for (const [name, t] of Object.entries(v.terms))
      for (const [lang, phrases] of Object.entries(t))
        phrases.forEach((p, i) => {
          try {
            parsePhrase(p);
          } catch (e) {
            issue(['terms', name, lang, i], (e as Error).message);
          }
        });
    // Cues and idioms are matched word for word against the canonical text: each must be a plain phrase (a number
    // slot only in a cue, never in an idiom, which is blanked out word for word).
    const checkPhrases = (path: PropertyKey[], list: readonly string[], numbers: boolean) =>
      list.forEach((p, i) => {
        try {
          if (parsePhrase(p).some((u) => (u.kind === 'num' ? !numbers : u.prefix))) throw new Error(`"${p}": ${numbers ? 'only whole words and number slots' : 'only whole words'} here`);
        } catch (e) {
          issue([...path, i], (e as Error).message);
        }
      });
    for (const lang of ['en', 'es'] as const) {
      checkPhrases(['negation', 'cues', lang], v.negation.cues[lang], false);
      checkPhrases(['idioms', lang], v.idioms[lang], false);
      for (const kind of ['farewells', 'optOuts', 'channel'] as const)
        v.crisisOpinion[kind][lang].forEach((w, i) => {
          if (!/^[a-z0-9]+$/.test(w)) issue(['crisisOpinion', kind, lang, i], `"${w}": one word as a message is read (lowercase, no accents)`);
        });
      const { window: _, unless, causes, subjects: _subjects, complaints: _complaints, complaintsToo: _complaintsToo, backWords: _backWords, clauses: _clauses, ...kinds } = v.context;
      for (const [kind, list] of Object.entries(kinds)) checkPhrases(['context', kind, lang], list[lang], true);
      for (const [id, list] of Object.entries(unless)) checkPhrases(['context', 'unless', id, lang], list[lang], true);
      for (const [id, list] of Object.entries(causes)) checkPhrases(['context', 'causes', id, lang], list[lang], true);
    }
    const checkPatterns = (path: PropertyKey[], list: readonly string[]) =>
      list.forEach((p, i) => {
        try {
          compilePattern(p, terms, v.matching.gapWords);
        } catch (e) {
          issue([...path, i], (e as Error).message);
        }
      });
    v.rules.forEach((r, i) => {
      checkPatterns(['rules', i, 'en'], r.en);
      checkPatterns(['rules', i, 'es'], r.es);
      if (r.en.length + r.es.length === 0) issue(['rules', i], `rule "${r.id}" has no patterns`);
    });
    for (const [id, a] of Object.entries(v.askQuestions)) {
      if (ids.has(id)) issue(['askQuestions', id], `ask id "${id}" clashes with a rule id`);
      checkPatterns(['askQuestions', id, 'en'], a.en);
      checkPatterns(['askQuestions', id, 'es'], a.es);
    }
    const checkGroups = (path: PropertyKey[], names: readonly string[]) =>
      names.forEach((name, i) => {
        if (!v.terms[name]) issue([...path, i], `unknown term group "${name}"`);
      });
    for (const [kind, names] of Object.entries(v.safetyNet)) checkGroups(['safetyNet', kind], names);
    checkGroups(['urgentOpinion', 'needs'], v.urgentOpinion.needs);
    if (!v.askQuestions.ask_self_harm) issue(['askQuestions'], 'the safety net needs ask_self_harm');
    v.context.subjects.forEach((family, i) => checkGroups(['context', 'subjects', i], family));
    checkGroups(['context', 'complaints'], v.context.complaints);
    checkGroups(['context', 'complaintsToo'], v.context.complaintsToo);
    checkGroups(['context', 'backWords'], v.context.backWords);
    for (const id of Object.keys(v.context.unless)) if (!ids.has(id)) issue(['context', 'unless', id], `unknown rule "${id}"`);
    for (const id of Object.keys(v.context.causes)) if (!v.rules.some((r) => r.id === id && r.recent)) issue(['context', 'causes', id], `"${id}" is no rule marked recent`);
    v.check.forEach((q, i) => {
      if (!ids.has(q.rule)) issue(['check', i, 'rule'], `unknown rule "${q.rule}"`);
    });
  }));

/** The validated triage rules (content/triage.yaml). */
export type TriageRules = z.infer<typeof TriageRulesSchema>;
