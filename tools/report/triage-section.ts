import type { TriageRules } from '../../functions/triage/schema.js';
import { bothLanguages } from '../../functions/triage/types.js';
import { formatRate, type Rate, type TriageScore } from '../triage/score.js';
import { esc } from './html.js';

/** One labelled set's score, as the report shows it. */
export interface ScoredSet {
  name: string;
  blind: boolean;
  score: TriageScore;
}

const list = (words: readonly string[]) => words.map((w) => `<code>${esc(w)}</code>`).join(', ') || '<span class="small">(none)</span>';
/** A long word list folded under its count (a printed sheet shows the count; the screen opens it). */
const folded = (words: readonly string[]) => `<details><summary>${words.length} words and phrases</summary>${list(words)}</details>`;
const groupsIn = (patterns: readonly string[]) => [...new Set(patterns.flatMap((p) => [...p.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1] ?? '')))];

/**
 * The red-flag rules as a clinician reviews them: per tier, each rule in plain words with its patterns and the
 * word lists they use (both folded: a printed sheet shows the plain words); the context modifiers; then recall and false alarms on every labelled set (a printed sheet pools the training sets), and (on screen
 * only: it would double the printed sheet) every message of the blind set that was missed or falsely raised. Pure.
 */
export function renderTriageSection(rules: TriageRules, sets: readonly ScoredSet[]): string {
  const tiers = ['emergency', 'crisis', 'urgent', 'soon'] as const;
  const ruleRows = tiers.map((tier) => {
    const rows = rules.rules.filter((r) => r.tier === tier).map((r) => {
      const groups = groupsIn(bothLanguages(r));
      const flags = [r.history ? 'history: past and resolution cues do not cancel it' : '', r.asked ? 'asked: a question does not cancel it' : '', r.recent ? 'recent: told with a time today or yesterday, only an explanation says it is over' : '', r.withBackPain ? "with back pain: someone else's alone is none (see Modifiers)" : ''].filter(Boolean).join('; ');
      return `<tr><th scope="row">${esc(r.label)}<div class="small">${esc(r.id)}${flags ? ` (${esc(flags)})` : ''}</div></th>
<td><details><summary>${r.en.length} English, ${r.es.length} Spanish patterns</summary><b>English</b>: ${list(r.en)}<br><b>Espanol</b>: ${list(r.es)}</details></td>
<td>${groups.map((g) => `<details><summary>{${esc(g)}}</summary>${list([...(rules.terms[g]?.en ?? []), ...(rules.terms[g]?.es ?? [])])}</details>`).join('')}</td></tr>`;
    });
    return `<h3 id="tier-${tier}">${tier}</h3><table class="side"><tr><th>Rule</th><th>Patterns (matched anywhere in a message)</th><th>Word lists used</th></tr>${rows.join('\n')}</table>`;
  });
  const c = rules.context;
  const modifiers = `<h3>Modifiers</h3><table class="side">
<tr><th scope="row">Negation cues (up to ${rules.negation.window} words before a sign, 3 more per joiner: ${list(rules.negation.coordinators)}; inside a sign holding its own no, a joining cue goes on with it, "no siento ni el papel"; one ending the sign after a comma negates it, "siento el fundillo normalito, nada dormido")</th><td>${folded(bothLanguages(rules.negation.cues))}</td></tr>
<tr><th scope="row">Negation after a sign</th><td>${folded(bothLanguages(rules.negation.after))}; intensifiers that are not negations: ${list(rules.negation.intensifiers)}</td></tr>
<tr><th scope="row">Clearly over (within ${c.window} words; not when followed by "only partly": second list; nor when doubted right before, unless a past time near the sign dates it: third list)</th><td>${folded(bothLanguages(c.resolved))}; ${folded(bothLanguages(c.partly))}; ${folded(bothLanguages(c.hedge))}</td></tr>
<tr><th scope="row">Over because explained; a rule marked recent, told as today or yesterday (second list), only so, unless a harmless cause is near (third)</th><td>${folded(bothLanguages(c.explained))}; ${folded(bothLanguages(c.recent))}; ${Object.values(c.causes).map((l) => folded(bothLanguages(l))).join('; ')}</td></tr>
<tr><th scope="row">Over, said of another complaint (not its cause, nor with the sign said to go too: second list)</th><td>${c.complaints.map((g) => `{${esc(g)}}`).join(' ')}; ${c.complaintsToo.map((g) => `{${esc(g)}}`).join(' ')}</td></tr>
<tr><th scope="row">In the past (in the sign's clause; for an emergency or crisis within three words; not in a clause of its own; never a crisis told in the present)</th><td>${folded(bothLanguages(c.past))}</td></tr>
<tr><th scope="row">Only a question: disclaimers, on either side of a sign in its sentence ("just curious"; after someone else's sign they are the texter's and do not count)</th><td>${folded(bothLanguages(c.hypothetical))}</td></tr>
<tr><th scope="row">Only a question before the sign in its sentence, up to a turn (${list(c.clauses.turns)}), unless said after it to be happening (after a sign one asks of one's own: "I can't pee, is that dangerous?")</th><td>${folded(bothLanguages(c.question))}</td></tr>
<tr><th scope="row">Only asked in general: a question opening with a word of the first list, no factive word (${list(c.clauses.factives)}) before the sign, no owner (${list(c.clauses.owners)}) nor anyone else named, no word of the second list in the message ("is foot drop permanent?"; not "...? I have it right now")</th><td>${list(c.clauses.openers)}; ${list(c.clauses.personal)}</td></tr>
<tr><th scope="row">A question answered: a later clause with a word of the first list (or a present or still time: "y no se va"), no negation, "fine" or over cue, says yes ("what if my legs give way? mine did today"), as does a sentence ending in the sign's own negative word, also after a rule told as a statement ("...go to the ER. Well, I can't."); a negation after the second list, ending its clause, or before a word of the third or the question's says no ("is fever bad? i dont have a fever"), also to a question opening with its condition or a sign asked or warned of (${list(c.clauses.reporters)}); to a sign negative by nature only a yes does ("i pee fine"); a limit of the fourth list without a claim word claims nothing; never self-harm talk</th><td>${list(c.clauses.claims)}; ${list(c.clauses.possessives)}; ${list(c.clauses.denied)}; ${list(c.clauses.limiters)}</td></tr>
<tr><th scope="row">Only asked: the condition of a question (unreal after "if"/"si"; not after an activity; nor dated, ${list(c.clauses.manner)} aside; never self-harm talk); self-harm talk in a screening answered no, or asked for others</th><td>${folded([...c.clauses.frames, ...c.clauses.suppositions, ...c.clauses.openingSuppositions])}; ${folded(c.clauses.unreal)}; ${folded(c.clauses.triggers)}; ${folded(bothLanguages(c.screening))}; ${folded(bothLanguages(c.behalf))}; ${folded(c.clauses.others)}; ${folded(c.clauses.self)}</td></tr>
<tr><th scope="row">A pet's or a story's sign (named as its subject, right before it or opening its sentence, no person between)</th><td>${folded(bothLanguages(c.animal))}; a person: ${folded(bothLanguages(c.person))}</td></tr>
<tr><th scope="row">Someone else's alone (${list(rules.rules.filter((r) => r.withBackPain).map((r) => r.label))}): another person has it (first list; before it, no word of the texter's own between, or just after it), and the message neither shares or quotes (second) nor names a back (${list(c.backWords.map((g) => `{${g}}`))}) but the texter's own (third)</th><td>${folded(bothLanguages(c.others))}; ${folded(bothLanguages(c.shared))}; ${folded(bothLanguages(c.ownBack))}</td></tr>
<tr><th scope="row">One-word answers (a sentence of one of these right after a sign that ends its sentence answers no; never self-harm talk or a sign negative by nature)</th><td>${list(rules.negation.answers)}</td></tr>
<tr><th scope="row">Not this sign (per rule: within ${c.window} words in the sign's sentence (self-harm: its clause), no negation earlier in the phrase's clause or right after it; a sign negative by nature only by a phrase holding it)</th><td>${Object.entries(c.unless).map(([id, l]) => `<b>${esc(rules.rules.find((r) => r.id === id)?.label ?? id)}</b>: ${folded(bothLanguages(l))}`).join('; ')}</td></tr>
<tr><th scope="row">Back again (undoes "over" and "past")</th><td>${folded(bothLanguages(c.reactivate))}</td></tr>
<tr><th scope="row">Happening now (within 3 words of a sign: undoes "past")</th><td>${folded(bothLanguages(c.present))}</td></tr>
<tr><th scope="row">Idioms (ignored)</th><td>${folded(bothLanguages(rules.idioms))}</td></tr>
<tr><th scope="row">Speech sound-alikes</th><td>${folded(rules.matching.soundAlike)}</td></tr>
<tr><th scope="row">Safety net (no rule matched)</th><td>names ${list(rules.safetyNet.body.map((g) => `{${g}}`))}: the signs that need 911; ${list(rules.safetyNet.selfHarm.map((g) => `{${g}}`))}: the self-harm question</td></tr>
<tr><th scope="row">Statistical second opinion (after the rules)</th><td>A small model trained on the training sets (never the blind set) may raise a message the rules missed to emergency, crisis or urgent (urgent, trained on urgent and soon alike, only a message of four words or more with no sign found that names ${list(rules.urgentOpinion.needs.map((g) => `{${g}}`))}). It never lowers a rule's tier nor raises a sign the rules set aside (negated, over, only asked, a joke, an idiom); a page it raised says so. A weaker crisis reading (four words or more, no rule matched) asks the one self-harm yes/no question (YES escalates as a crisis), and so does a crisis reading of a message that only signs off or opts out: made only of thanks and goodbyes (${folded(bothLanguages(rules.crisisOpinion.farewells))}), or only of those, words of opting out (${folded(bothLanguages(rules.crisisOpinion.optOuts))}) and at least one naming the texts or the list (${folded(bothLanguages(rules.crisisOpinion.channel))}). Figures below: rules and model together.</td></tr>
</table>`;
  const row = (name: string, recall: ReadonlyArray<Pick<Rate, 'n' | 'hits'>>, falseAlarms: Pick<Rate, 'n' | 'hits'>, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${esc(name)}</th>${recall.map((r) => `<td>${formatRate(r)}</td>`).join('')}<td>${formatRate(falseAlarms)}</td></tr>`;
  // On screen every set has its row; a printed sheet pools the training sets into one (the blind set keeps its own).
  const training = sets.filter((s) => !s.blind);
  const pool = training.length > 1;
  const sum = (rates: ReadonlyArray<Pick<Rate, 'n' | 'hits'> | undefined>) => ({ n: rates.reduce((a, r) => a + (r?.n ?? 0), 0), hits: rates.reduce((a, r) => a + (r?.hits ?? 0), 0) });
  const pooledRecall = (training[0]?.score.recall ?? []).map((_, i) => sum(training.map((s) => s.score.recall[i])));
  const scoreRows = [
    ...sets.map(({ name, blind, score }) => row(name, score.recall, score.falseAlarms, pool && !blind ? 'screen-only' : '')),
    ...(pool ? [row(`all ${training.length} training sets together`, pooledRecall, sum(training.map((s) => s.score.falseAlarms)), 'print-row')] : []),
  ].join('\n');
  const scores = `<h3>Recall and false alarms</h3><table class="side"><tr><th>Set</th><th>Emergency</th><th>Crisis</th><th>Urgent + soon</th><th>False alarms on non-flags</th></tr>${scoreRows}</table>
<p class="small">A flagged message counts as caught when it gets at least its tier (urgent and soon count together); a false alarm is a non-flag that got any tier. The training sets were used to write the rules; the blind set was not.</p>`;
  const misses = sets.filter((s) => s.blind).map(({ name, score }) => `<div class="screen-only"><h3>Every miss on ${esc(name)}</h3><table class="side"><tr><th>Expected</th><th>Got</th><th>Message</th></tr>
${[...score.misses, ...score.falseAlarmItems].map((m) => `<tr><td>${esc(m.item.tier)}<div class="small">${esc(m.item.sign ?? '')}, ${esc(m.item.style ?? '')}</div></td><td>${esc(m.got.tier)}${m.got.rule ? `<div class="small">${esc(m.got.rule)}</div>` : ''}</td><td lang="${m.item.lang === 'es' ? 'es' : 'en'}">${esc(m.item.text)}</td></tr>`).join('\n')}</table></div>
<p class="print-only small">Every miss on ${esc(name)} (${score.misses.length + score.falseAlarmItems.length} messages) is listed in content-report.html on screen, not in print.</p>`);
  return `<section class="item" id="red-flag-rules"><h2>3. Red-flag rules, in plain words</h2>${ruleRows.join('\n')}${modifiers}${scores}${misses.join('\n')}</section>`;
}
