import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { esbuildOptions } from '../infra/bundling.js';
import { LAMBDA_NODE_OPTIONS } from '../infra/node-options.js';
import { classify } from '../functions/triage/classify.js';
import { loadTriageRules } from '../tools/content/triage-yaml.js';
import { scoreTriage, type Rate } from '../tools/triage/score.js';
import { readLabelledSet, TRIAGE_SETS } from '../tools/triage/sets.js';
import { ROOT } from './env.js';
import { distribution, type Distribution } from './stats.js';

/** Triage speed on long messages and its recall and false alarms per set. */
export interface TriageFigures {
  /**
   * Classifying 1,600-character messages with the deployed code (triage bundled with the functions' esbuild options),
   * ms: text the process had not read before (cold) and again (warm), `messages` of them in each of `processes` fresh
   * processes; `firstInProcess` is the first such message of a fresh process (V8 compiling as it goes), one per process.
   */
  longMessage: { sms: { cold: Distribution; warm: Distribution }; speech: { cold: Distribution; warm: Distribution }; messages: number; processes: number; firstInProcess: Distribution };
  sets: Array<{ name: string; messages: number; recall: Rate[]; falseAlarms: Rate }>;
}

const texts = (file: string) => readLabelledSet(ROOT, file);

/** `count` 1,600-character messages of `source` texts joined in order, each starting 7 texts after the one before (so they share texts). */
function longMessages(source: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let k = i * 7; text.length < 1600; k++) text += `${source[k % source.length]} `;
    out.push(text.slice(0, 1600));
  }
  return out;
}

/** `count` 1,600-character messages of `source` texts joined in order, each text in one message only (no message repeats another's text). */
function messagesOfNewText(source: readonly string[], count: number): string[] {
  const out: string[] = [];
  let text = '';
  for (const item of source) {
    if (out.length === count) break;
    text += `${item} `;
    if (text.length < 1600) continue;
    out.push(text.slice(0, 1600));
    text = '';
  }
  if (out.length < count) throw new Error(`only ${out.length} messages of new text, not ${count}`);
  return out;
}

/** Fresh processes timed per input kind (SMS, speech). */
const PROCESSES = 10;

/** Triage as deployed: functions/triage/classify.ts bundled with the functions' esbuild options (minified, no keepNames) into `dir`. */
function bundledTriage(dir: string): string {
  const outfile = join(dir, 'triage.mjs');
  buildSync({ ...esbuildOptions(join(ROOT, 'functions/triage/classify.ts'), outfile), absWorkingDir: ROOT });
  return outfile;
}

/**
 * What one fresh process holding only the bundle, the rules and the messages measures, run as a deployed function
 * runs (its NODE_OPTIONS) with the rules compiled as its cold start compiles them (compileTriage): the first message
 * (V8 compiling as it goes); then, after the code ran on other messages and the rules forgot every word they read,
 * every message once (cold: text the process never read, as a warm Lambda meets a new message; only the words an
 * earlier message of the series held are remembered) and again (warm).
 */
const CHILD = `import{readFileSync}from'node:fs';
const[bundle,data,speechArg]=process.argv.slice(1);const speech=speechArg==='1';
const{classify,compileTriage,forgetWords}=await import(bundle);const{rules,messages,other}=JSON.parse(readFileSync(data,'utf8'));
const time=(m)=>{const t=performance.now();classify(rules,m,speech);return performance.now()-t;};
compileTriage(rules);const firstMs=time(messages[0]);
for(const m of other)classify(rules,m,speech);
forgetWords(rules);
const cold=messages.map(time);const warm=messages.map(time);
process.stdout.write(JSON.stringify({first:firstMs,cold,warm}));`;

interface ChildTimes { first: number; cold: number[]; warm: number[] }

/** Runs CHILD in PROCESSES fresh Node processes for one input kind, each starting its messages at a different one. */
function timeInProcesses(bundle: string, dir: string, rules: unknown, messages: readonly string[], other: readonly string[], speech: boolean): ChildTimes[] {
  return Array.from({ length: PROCESSES }, (_, i) => {
    const shift = Math.floor((i * messages.length) / PROCESSES);
    const data = join(dir, `triage-${speech ? 'speech' : 'sms'}-${i}.json`);
    writeFileSync(data, JSON.stringify({ rules, messages: [...messages.slice(shift), ...messages.slice(0, shift)], other }));
    const env = { ...process.env, NODE_OPTIONS: LAMBDA_NODE_OPTIONS };
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(bundle).href, data, speech ? '1' : '0'], { encoding: 'utf8', maxBuffer: 1 << 24, env });
    if (run.status !== 0) throw new Error(`timing triage failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as ChildTimes;
  });
}

/**
 * Times the deployed triage code on 1,600-character messages in fresh processes (CHILD) and scores every set with
 * the source. The timed messages are the blind set's texts, then the other sets', each text in one message only;
 * the other messages (run first, untimed) are built from the original corpus, which the timed ones leave out.
 */
export function measureTriage(count = 300): TriageFigures {
  const path = join(ROOT, 'content/triage.yaml');
  const original = 'tests/triage/corpus.yaml';
  const timedFiles = [...TRIAGE_SETS.filter((set) => set.blind), ...TRIAGE_SETS.filter((set) => !set.blind && set.file !== original)].map((set) => set.file);
  const messages = messagesOfNewText(timedFiles.flatMap((file) => texts(file).map((i) => i.text)), count);
  const other = longMessages(texts(original).map((i) => i.text), 100);
  const rules = loadTriageRules(path);
  const dir = join(tmpdir(), `backline-bench-triage-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const bundle = bundledTriage(dir);
    const firsts: number[] = [];
    const kind = (speech: boolean) => {
      const runs = timeInProcesses(bundle, dir, rules, messages, other, speech);
      firsts.push(...runs.map((r) => r.first));
      return { cold: distribution(runs.flatMap((r) => r.cold)), warm: distribution(runs.flatMap((r) => r.warm)) };
    };
    const sms = kind(false);
    const speech = kind(true);
    return {
      longMessage: { sms, speech, messages: messages.length, processes: PROCESSES, firstInProcess: distribution(firsts) },
      sets: TRIAGE_SETS.map(({ name, file }) => {
        const items = texts(file);
        const score = scoreTriage(items, (text, speechInput) => classify(rules, text, speechInput));
        return { name, messages: items.length, recall: score.recall, falseAlarms: score.falseAlarms };
      }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
