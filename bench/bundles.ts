import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildOptions } from '../infra/bundling.js';
import { checkedFunctions } from '../infra/functions.js';
import { ROOT } from './env.js';
import { median, percentile } from './stats.js';

/** Import-time runs per bundle (fresh Node process each), interleaved across bundles so background load hits all alike. */
export const IMPORT_RUNS = 31;

const NAIVE = `import twilio from 'twilio';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const handler = async () => [typeof twilio, typeof DynamoDBClient, typeof DynamoDBDocumentClient];
`;
const FLOOR = `import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse.js';
import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const handler = async () => [typeof validateRequest, typeof MessagingResponse, typeof VoiceResponse, typeof DynamoDBClient, typeof DynamoDBDocumentClient];
`;

/** One bundle: minified size and median module load time in a fresh process. */
export interface BundleFigure {
  id: string;
  bytes: number;
  importMs: number;
  /** The middle half of the import times (25th and 75th percentile): how noisy the machine was. */
  importSpreadMs: [number, number];
  /** importMs / naive importMs, and / floor importMs (functions only). */
  vsNaive?: number;
  vsFloor?: number;
}

/** Builds `entry` (a file, or source text via `contents`) with the infra's esbuild options, so sizes are the deployed sizes. */
async function buildBundle(dir: string, entry: string, contents?: string): Promise<string> {
  const outfile = join(dir, 'index.mjs');
  const options = esbuildOptions(entry, outfile);
  if (contents !== undefined) {
    delete options.entryPoints;
    options.stdin = { contents, resolveDir: ROOT, loader: 'ts', sourcefile: entry };
  }
  await build({ ...options, absWorkingDir: ROOT });
  return outfile;
}

function importOnce(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(performance.now()-t));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, AWS_REGION: 'us-east-1' } });
  if (run.status !== 0) throw new Error(`importing ${file} failed: ${run.stderr}`);
  return Number(run.stdout);
}

/**
 * Builds every deployed function with the infra's esbuild options (buildBundle), plus a
 * naive reference (twilio package root + DynamoDB client) and a floor (twilio webhook/TwiML subpaths + DynamoDB
 * client), then times `await import()` of each IMPORT_RUNS times.
 */
export async function measureBundles(outDir = join(tmpdir(), 'backline-bench-bundles')): Promise<{ functions: BundleFigure[]; naive: BundleFigure; floor: BundleFigure }> {
  rmSync(outDir, { recursive: true, force: true });
  const dir = (id: string) => {
    const d = join(outDir, id);
    mkdirSync(d, { recursive: true });
    return d;
  };
  const specs = checkedFunctions(ROOT);
  const built = await Promise.all([
    ...specs.map(async (spec) => ({ id: spec.id, file: await buildBundle(dir(spec.id), join(ROOT, spec.entry)) })),
    buildBundle(dir('naive'), 'naive.ts', NAIVE).then((file) => ({ id: 'naive', file })),
    buildBundle(dir('floor'), 'floor.ts', FLOOR).then((file) => ({ id: 'floor', file })),
  ]);
  const times = new Map<string, number[]>(built.map((b) => [b.id, []]));
  for (const b of built) importOnce(b.file); // warm the file cache
  for (let r = 0; r < IMPORT_RUNS; r++) for (const b of built) times.get(b.id)?.push(importOnce(b.file));
  const figure = (b: { id: string; file: string }): BundleFigure => {
    const sorted = [...(times.get(b.id) ?? [])].sort((x, y) => x - y);
    return { id: b.id, bytes: statSync(b.file).size, importMs: median(sorted), importSpreadMs: [percentile(sorted, 25), percentile(sorted, 75)] };
  };
  const all = built.map(figure);
  const naive = all.find((f) => f.id === 'naive');
  const floor = all.find((f) => f.id === 'floor');
  if (!naive || !floor) throw new Error('reference bundles missing');
  const functions = all.filter((f) => f !== naive && f !== floor).map((f) => ({ ...f, vsNaive: f.importMs / naive.importMs, vsFloor: f.importMs / floor.importMs }));
  return { functions, naive, floor };
}
