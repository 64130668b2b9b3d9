import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../infra/backline.js';
import { CONTENT_SOURCE_DIR, CONTENT_TARGET_DIR, esbuildOptions } from '../infra/bundling.js';
import { copyContentAsJson } from '../infra/content-json.js';
import { presentFunctions } from '../infra/functions.js';

/** Deployment budget per function bundle (minified index.mjs). */
export const MAX_BUNDLE_BYTES = 450 * 1024;

export interface BundleMeasure {
  id: string;
  bytes: number;
  /** Median wall time of `await import(bundle)` in a fresh node process. */
  importMs: number;
  outfile: string;
}

/** Builds `entry` (a file, or source text via `contents`) with the infra's esbuild options into `dir`. */
export async function buildBundle(dir: string, entry: string, contents?: string): Promise<string> {
  const outfile = join(dir, 'index.mjs');
  const options = esbuildOptions(entry, outfile);
  if (contents !== undefined) {
    delete options.entryPoints;
    options.stdin = { contents, resolveDir: PROJECT_ROOT, loader: 'ts', sourcefile: entry };
  }
  await build({ ...options, absWorkingDir: PROJECT_ROOT });
  return outfile;
}

/** Median time to import a bundle in a new process (module evaluation only; the handler is not invoked). */
export function importTimeMs(file: string, runs = 7): number {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(performance.now()-t));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, AWS_REGION: 'us-east-1' } });
    if (run.status !== 0) throw new Error(`importing ${file} failed: ${run.stderr}`);
    times.push(Number(run.stdout));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Builds every present handler plus a reference bundle importing the `twilio` package root; sizes and import times. */
export async function measureBundles(outDir = join(tmpdir(), 'backline-bundles')): Promise<{ functions: BundleMeasure[]; twilioRoot: BundleMeasure }> {
  rmSync(outDir, { recursive: true, force: true });
  const functions: BundleMeasure[] = [];
  for (const spec of presentFunctions(PROJECT_ROOT)) {
    const dir = join(outDir, spec.id);
    mkdirSync(dir, { recursive: true });
    const outfile = await buildBundle(dir, join(PROJECT_ROOT, spec.entry));
    if (spec.content) copyContentAsJson(join(PROJECT_ROOT, CONTENT_SOURCE_DIR), join(dir, CONTENT_TARGET_DIR));
    functions.push({ id: spec.id, bytes: statSync(outfile).size, importMs: importTimeMs(outfile), outfile });
  }
  const refDir = join(outDir, 'twilio-root');
  mkdirSync(refDir, { recursive: true });
  const refFile = await buildBundle(refDir, 'twilio-root.ts', "import twilio from 'twilio';\nexport const handler = async () => typeof twilio;\n");
  const twilioRoot = { id: 'twilio-root (reference)', bytes: statSync(refFile).size, importMs: importTimeMs(refFile), outfile: refFile };
  return { functions, twilioRoot };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { functions, twilioRoot } = await measureBundles();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  let over = false;
  for (const m of [...functions, twilioRoot]) {
    const budget = m === twilioRoot ? '' : m.bytes <= MAX_BUNDLE_BYTES ? '  ok' : '  OVER 450 KB';
    if (m !== twilioRoot && m.bytes > MAX_BUNDLE_BYTES) over = true;
    const ratio = m === twilioRoot ? '' : `  (${((m.importMs / twilioRoot.importMs) * 100).toFixed(0)}% of twilio root)`;
    console.log(`${m.id.padEnd(24)} ${kb(m.bytes).padStart(10)}  import ${m.importMs.toFixed(1).padStart(6)} ms${ratio}${budget}`);
  }
  process.exitCode = over ? 1 : 0;
}
