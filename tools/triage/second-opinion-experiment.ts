/**
 * `npx tsx tools/triage/second-opinion-experiment.ts`: does a statistical second opinion earn its place?
 * Leave-one-set-out over the labelled sets: for each set, thresholds are picked on the other sets only (nested
 * leave-one-set-out), the model is trained on the other sets, and the set is scored by the rules alone and by the
 * rules raised by the model. Two kinds of rules are compared:
 * - current: content/triage.yaml as it is now (tuned on every training set, so only the blind set is held out);
 * - blind-era (ERA=1): for each set, the rules of the last commit before that set was learnt from, so the rules
 *   are held out too (what a new blind set meets). Each is run from a `git archive` of that commit.
 * Settings come from TRAIN_OPTIONS, overridden by env: BUCKETS, EPOCHS, L2, LEVELS, BETA, CRISIS_BETA, URGENT_BETA, ASK_SHARE. APPROX=1 fits one
 * model per held-out set (thresholds from the other folds' models, which saw it: compare settings with each other only). RECENT (default 6)
 * is how many of the last sets are pooled apart; OUT=<file> writes each held-out message's tiers (rules, rules + model) as JSON.
 * As classify does, the model may not raise to a tier whose sign the (current) rules set aside (VETO=0: it may).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { classifyByRules, setAsideTiers } from '../../functions/triage/classify.js';
import { SECOND_OPINION_TIERS } from '../../functions/triage/second-opinion.js';
import { tierRank, type Tier } from '../../functions/core/tiers.js';
import { loadTriageRules } from '../content/triage-yaml.js';
import { caught, LabelledSetSchema, type LabelledMessage } from './score.js';
import { logits, outOfFold, pickThresholds, train, trainingDocs, TRAIN_OPTIONS, type Trained, type TrainOptions } from './second-opinion-train.js';
import { trainingSets } from './sets.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** Per set, the last commit whose rules had not learnt from it (its parent of the commit that moved it into training). */
const ERA_COMMITS: Record<string, string> = {
  'tests/triage/corpus-a.yaml': '23ec559',
  'tests/triage/corpus-b.yaml': 'fa355e9',
  'tests/triage/corpus-c.yaml': 'e7a45e8',
  'tests/triage/corpus-d.yaml': '3f5ba31',
  'tests/triage/corpus-e.yaml': 'f92fabf',
  'tests/triage/corpus-f.yaml': '46ee0ce',
  'tests/triage/corpus-g.yaml': 'edb38b4',
  'tests/triage/corpus-h.yaml': '5fbbabf',
  'tests/triage/blind/blind.yaml': '2181af9',
  'tests/triage/corpus-i.yaml': '2181af9',
  'tests/triage/corpus-j.yaml': '7872776',
  'tests/triage/corpus-k.yaml': 'ee9ae82',
  'tests/triage/corpus-l.yaml': '7868429',
  'tests/triage/corpus-m.yaml': '14aae87',
  'tests/triage/corpus-n.yaml': 'c67a0bf',
  'tests/triage/corpus-o.yaml': '3b15b7a',
  'tests/triage/corpus-p.yaml': 'cf8b7e4',
  'tests/triage/corpus-q.yaml': '2b32dec',
  'tests/triage/corpus-r.yaml': '8c54845',
  'tests/triage/corpus-s.yaml': '3ce4c37',
  'tests/triage/corpus-t.yaml': '55c2535',
  'tests/triage/corpus-u.yaml': 'caa8918',
  'tests/triage/corpus-v.yaml': '845ddd2',
  'tests/triage/corpus-w.yaml': '8922664',
  'tests/triage/corpus-x.yaml': '50c66fe',
  'tests/triage/corpus-y.yaml': 'c46bb58',
  'tests/triage/corpus-z.yaml': '16f91e1',
  'tests/triage/corpus-aa.yaml': 'eb9be25',
  'tests/triage/corpus-ab.yaml': 'ea038dc',
  'tests/triage/corpus-ac.yaml': 'c98a348',
  'tests/triage/corpus-ad.yaml': 'b7d8ffd',
  'tests/triage/corpus-ae.yaml': '5d1d8fc',
  'tests/triage/corpus-af.yaml': '55a5c9c',
  'tests/triage/corpus-ag.yaml': '73f2408',
  'tests/triage/corpus-ah.yaml': '2b8a984',
  'tests/triage/corpus-ai.yaml': '9e99697',
  'tests/triage/corpus-aj.yaml': '07d61b3',
  'tests/triage/corpus-ak.yaml': '99b6b2e',
  'tests/triage/corpus-al.yaml': '2e558e0',
  'tests/triage/corpus-am.yaml': '5b0a672',
  'tests/triage/corpus-an.yaml': '2a8dee7',
  'tests/triage/corpus-ao.yaml': '4f3f9ef',
  'tests/triage/corpus-ap.yaml': '23e64d7',
  'tests/triage/corpus-aq.yaml': '668ebfd',
  'tests/triage/corpus-ar.yaml': 'a7d34f6',
  'tests/triage/corpus-as.yaml': '451f4ac',
  'tests/triage/corpus-at.yaml': '54a2dc3',
  'tests/triage/corpus-au.yaml': '2d01808',
  'tests/triage/corpus-av.yaml': 'cb4425a',
  'tests/triage/corpus-aw.yaml': 'f8cfef5',
  'tests/triage/corpus-ax.yaml': '700cc1f',
  'tests/triage/corpus-ay.yaml': '55c384f',
  'tests/triage/corpus-az.yaml': '86867e3',
  'tests/triage/corpus-ba.yaml': 'a969c9f',
  'tests/triage/corpus-bb.yaml': '84fc1db',
  'tests/triage/corpus-bc.yaml': 'ec897c9',
  'tests/triage/corpus-bdx.yaml': 'ec897c9',
  'tests/triage/corpus-bd.yaml': '3671635',
  'tests/triage/corpus-bex.yaml': '3671635',
  'tests/triage/corpus-bey.yaml': '3671635',
  'tests/triage/corpus-be.yaml': '3578eee',
  'tests/triage/corpus-bf.yaml': '18821c4',
  'tests/triage/corpus-bg.yaml': '18821c4',
  'tests/triage/corpus-bh.yaml': '0d58ba9',
  'tests/triage/corpus-bi.yaml': 'e1c76bd',
  'tests/triage/corpus-bj.yaml': '019ff48',
  'tests/triage/corpus-bk.yaml': '84ccf52',
};

function options(): TrainOptions {
  const n = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);
  const o = TRAIN_OPTIONS;
  return {
    buckets: n('BUCKETS', o.buckets),
    epochs: n('EPOCHS', o.epochs),
    l2: n('L2', o.l2),
    levels: n('LEVELS', o.levels),
    falseRaise: n('BETA', o.falseRaise),
    crisisRaise: n('CRISIS_BETA', o.crisisRaise),
    urgentRaise: n('URGENT_BETA', o.urgentRaise),
    askShare: n('ASK_SHARE', o.askShare),
  };
}

/** Tiers given by a past commit's rules alone (its classifyByRules, or classify before it had a second opinion) to every message of `files` (cached in the temp folder, by commit and by the sets' paths and contents, so a new or changed set is classified anew). */
function eraTiers(commit: string, files: readonly string[]): Record<string, Tier[]> {
  const sets = createHash('sha256').update(JSON.stringify(files.map((f) => [join(ROOT, f), readFileSync(join(ROOT, f), 'utf8')]))).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), 'backline-second-opinion', commit, `${sets}-rules`);
  const out = join(dir, 'tiers.json');
  if (!existsSync(out)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', commit, 'functions', 'tools', 'content', 'package.json'], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--dump', dir, out, ...files.map((f) => join(ROOT, f))], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`rules of ${commit}: ${run.stderr}`);
  }
  return JSON.parse(readFileSync(out, 'utf8')) as Record<string, Tier[]>;
}

/** One set's tiers from an era's classification; throws when the set is missing (never reads it as all none). */
function eraSet(tiers: Record<string, Tier[]>, file: string): Tier[] {
  const found = tiers[join(ROOT, file)];
  if (!found) throw new Error(`no era tiers for ${file}`);
  return found;
}

/** `--dump <root> <out> <set.yaml>...`: classify with the code and rules under <root> (a past commit). */
async function dump(root: string, out: string, files: string[]): Promise<void> {
  // The era's rules alone: its classifyByRules where it has one (since the second opinion), else its classify.
  type Classify = (r: unknown, t: string, s: boolean) => { tier: Tier };
  const era = (await import(join(root, 'functions/triage/classify.ts'))) as { classify: Classify; classifyByRules?: Classify };
  const classify = era.classifyByRules ?? era.classify;
  const { loadTriageRules: load } = (await import(join(root, 'tools/content/triage-yaml.ts'))) as { loadTriageRules: (p: string) => unknown };
  const rules = load(join(root, 'content/triage.yaml'));
  const result: Record<string, Tier[]> = {};
  for (const f of files) result[f] = LabelledSetSchema.parse(parse(readFileSync(f, 'utf8'))).items.map((i) => classify(rules, i.text, i.style === 'voice').tier);
  writeFileSync(out, JSON.stringify(result));
}

interface Row {
  item: LabelledMessage;
  rules: Tier;
  raisedTo: Tier | undefined;
  /** The crisis logit reaches the looser question threshold (ASK_BETA): the self-harm yes/no question could be asked. */
  askable: boolean;
  /** Tiers of signs the current rules found and set aside by a modifier: the model may not raise to them. */
  setAside: () => ReadonlySet<Tier>;
}
type Counts = Record<'emergency' | 'crisis' | 'urgent+soon' | 'falseAlarms' | 'overTriage', [number, number]>;

function count(rows: readonly Row[], got: (r: Row) => Tier): Counts {
  const c: Counts = { emergency: [0, 0], crisis: [0, 0], 'urgent+soon': [0, 0], falseAlarms: [0, 0], overTriage: [0, 0] };
  for (const r of rows) {
    const label = r.item.tier;
    const g = got(r);
    if (label === 'none') {
      c.falseAlarms[1]++;
      if (g !== 'none') c.falseAlarms[0]++;
      continue;
    }
    const key = label === 'urgent' || label === 'soon' ? 'urgent+soon' : label;
    c[key][1]++;
    if (caught(label, { tier: g, rule: null })) c[key][0]++;
    c.overTriage[1]++;
    if (tierRank(g) < tierRank(label)) c.overTriage[0]++;
  }
  return c;
}

const VETO = process.env.VETO !== '0';
const withModel = (r: Row): Tier => (r.raisedTo && tierRank(r.raisedTo) < tierRank(r.rules) && !(r.raisedTo === 'urgent' && r.rules !== 'none') && !(VETO && r.setAside().has(r.raisedTo)) ? r.raisedTo : r.rules);
const pct = ([h, n]: [number, number]) => (n ? `${((100 * h) / n).toFixed(1)}%` : '-');
const line = (c: Counts) => `${pct(c.emergency)} | ${pct(c.crisis)} | ${pct(c['urgent+soon'])} | ${pct(c.falseAlarms)} (${c.falseAlarms[0]})`;

async function main(): Promise<void> {
  const o = options();
  const askBeta = Number(process.env.ASK_BETA ?? '0.03');
  const sets = trainingSets(ROOT);
  const docs = trainingDocs(sets, o);
  const rules = loadTriageRules(join(ROOT, 'content/triage.yaml'));
  const era = process.env.ERA === '1';
  const kinds = era ? (['current', 'blind-era'] as const) : (['current'] as const);
  const rulesTiers = new Map<string, Record<string, Tier[]>>();
  rulesTiers.set('current', Object.fromEntries(sets.map((s) => [s.name, s.items.map((i) => classifyByRules(rules, i.text, i.style === 'voice').tier)])));
  if (era) {
    const tiers: Record<string, Tier[]> = {};
    for (const s of sets) {
      const commit = ERA_COMMITS[s.name];
      tiers[s.name] = commit ? eraSet(eraTiers(commit, sets.map((x) => x.name)), s.name) : (rulesTiers.get('current')?.[s.name] ?? []);
    }
    rulesTiers.set('blind-era', tiers);
  }
  console.log(`options ${JSON.stringify(o)}\n`);
  console.log('| held-out set | rules | E rules | E +model | C rules | C +model | U+S rules | U+S +model | false alarms rules | +model | over-triage added | thresholds (logit) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const pooled = new Map<string, Row[]>(kinds.map((k) => [k, []]));
  const dumped: Array<Record<string, unknown>> = [];
  // APPROX=1: one model per held-out set, not one per pair: thresholds for fold k are picked on the other sets'
  // scores from the models without each of them, which did train on k (a mild leak, the same for every setting).
  const approx = process.env.APPROX === '1';
  const loso = new Map<string, Trained>();
  if (approx) for (const s of sets) loso.set(s.name, train(docs.filter((d) => d.set !== s.name), o));
  for (const held of sets) {
    const train9 = docs.filter((d) => d.set !== held.name);
    const oof = approx ? train9.map((doc) => ({ doc, z: logits(loso.get(doc.set) ?? train([], o), doc) })) : outOfFold(train9, o);
    const thresholds = pickThresholds(oof, o.falseRaise, o.urgentRaise, o.crisisRaise);
    const askAt = pickThresholds(oof, askBeta)[1] ?? Infinity;
    const model = loso.get(held.name) ?? train(train9, o);
    const testDocs = docs.filter((d) => d.set === held.name);
    const zs = testDocs.map((d) => logits(model, d));
    const raised = zs.map((z) => SECOND_OPINION_TIERS.find((_, t) => (z[t] ?? 0) >= (thresholds[t] ?? Infinity)));
    for (const kind of kinds) {
      const tiers = rulesTiers.get(kind)?.[held.name] ?? [];
      const rows = held.items.map((item, i) => ({ item, rules: tiers[i] ?? 'none', raisedTo: raised[i], askable: (zs[i]?.[1] ?? 0) >= askAt, setAside: () => setAsideTiers(rules, item.text, item.style === 'voice') }));
      pooled.get(kind)?.push(...rows);
      if (kind === kinds[kinds.length - 1]) dumped.push(...rows.map((r) => ({ set: held.name, label: r.item.tier, rules: r.rules, model: withModel(r), lang: r.item.lang })));
      const a = count(rows, (r) => r.rules);
      const b = count(rows, withModel);
      console.log(
        `| ${held.name.replace('tests/triage/', '')} | ${kind} | ${pct(a.emergency)} | ${pct(b.emergency)} | ${pct(a.crisis)} | ${pct(b.crisis)} | ${pct(a['urgent+soon'])} | ${pct(b['urgent+soon'])} | ${pct(a.falseAlarms)} | ${pct(b.falseAlarms)} | ${b.overTriage[0] - a.overTriage[0]} | ${thresholds.map((t) => t.toFixed(2)).join(' / ')} |`,
      );
      if (process.env.VERBOSE === '1' && kind === kinds[kinds.length - 1])
        for (const r of rows) if (withModel(r) !== r.rules && (r.item.tier === 'none' || held.name.includes('blind'))) console.log(`|   raised ${r.rules} -> ${withModel(r)} (label ${r.item.tier}/${r.item.style ?? 'plain'}): ${JSON.stringify(r.item.text.slice(0, 160))}`);
    }
  }
  if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify(dumped));
  const full = train(docs, o);
  console.log(`\nmodel data trained on every set: ${SECOND_OPINION_TIERS.map((t) => `${t} ${full[t].weights.size} non-zero weights`).join(', ')} of ${o.buckets} buckets; ${SECOND_OPINION_TIERS.length * o.buckets} weight letters`);
  // The last blind sets met rules as mature as a new blind set will: the fairest forecast for the next one.
  const recent = new Set(sets.slice(-Number(process.env.RECENT ?? '6')).map((s) => s.items));
  for (const [kind, rows] of kinds.flatMap((k) => [[k, pooled.get(k) ?? []], [`${k} (last ${recent.size} sets)`, (pooled.get(k) ?? []).filter((r) => [...recent].some((items) => items.includes(r.item)))]] as const)) {
    const a = count(rows, (r) => r.rules);
    const b = count(rows, withModel);
    console.log(`\npooled, ${kind} rules: rules alone ${line(a)}; rules + model ${line(b)}; over-triage added ${b.overTriage[0] - a.overTriage[0]}`);
    const unflagged = rows.filter((r) => withModel(r) === 'none' && r.askable);
    const missedCrisis = rows.filter((r) => r.item.tier === 'crisis' && tierRank(withModel(r)) > tierRank('crisis'));
    console.log(`  self-harm question at ASK_BETA ${askBeta}: asked of ${missedCrisis.filter((r) => r.askable).length} of the ${missedCrisis.length} crisis messages still missed, and of ${unflagged.filter((r) => r.item.tier === 'none').length} non-flags left at none`);
    console.log(`  caught added: emergency +${b.emergency[0] - a.emergency[0]} of ${a.emergency[1] - a.emergency[0]} missed, crisis +${b.crisis[0] - a.crisis[0]} of ${a.crisis[1] - a.crisis[0]} missed; false alarms +${b.falseAlarms[0] - a.falseAlarms[0]}`);
  }
}

if (process.argv[2] === '--dump') await dump(process.argv[3] ?? '', process.argv[4] ?? '', process.argv.slice(5));
else await main();
