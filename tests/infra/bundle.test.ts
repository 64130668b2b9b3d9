import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../tools/content/load-yaml.js';
import { PROJECT_ROOT } from '../../infra/backline.js';
import { esbuildOptions } from '../../infra/bundling.js';
import { FUNCTIONS, checkedFunctions } from '../../infra/functions.js';
import { buildApp } from './app.js';

const MAX_BYTES = 450 * 1024;
const sms = FUNCTIONS.find((f) => f.id === 'sms')!;

describe('the sms bundle NodejsFunction really builds', () => {
  let outdir: string;
  let assetDir: string;
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'backline-cdk-'));
    const { service } = buildApp({ functions: [sms], bundle: true, outdir });
    const functions = Template.fromStack(service).findResources('AWS::Lambda::Function');
    const [fn] = Object.values(functions) as Array<{ Properties: { Code: { S3Key: string } } }>;
    assetDir = join(outdir, `asset.${fn!.Properties.Code.S3Key.replace(/\.zip$/, '')}`);
  }, 60_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it(`is one minified ESM file of at most ${MAX_BYTES / 1024} KB`, () => {
    const size = statSync(join(assetDir, 'index.mjs')).size;
    expect(readdirSync(assetDir).sort()).toEqual(['content', 'index.mjs']);
    expect(size, `sms bundle is ${(size / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('ships content compiled into one file, validated when the bundle was built', () => {
    expect(readdirSync(join(assetDir, 'content'))).toEqual(['content.json']);
    const compiled = JSON.parse(readFileSync(join(assetDir, 'content', 'content.json'), 'utf8')) as { format: string; version: string; items: unknown[] };
    expect(compiled.format).toBe('backline-content/1');
    expect(compiled.version).toBe(loadContent('content').version);
    expect(compiled.items).toHaveLength(readdirSync(join('content', 'items')).length);
    // The second opinion's weights travel in content.json, not in the code.
    const model = JSON.parse(readFileSync(join('content', 'second-opinion.json'), 'utf8')) as Record<string, unknown>;
    const shipped = (compiled as unknown as { triage: { secondOpinion: Record<string, unknown> } }).triage.secondOpinion;
    expect(shipped).toEqual({ emergency: model.emergency, crisis: model.crisis, urgent: model.urgent });
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    for (const tier of ['emergency', 'crisis', 'urgent']) expect(code).not.toContain((model[tier] as { weights: string }).weights.slice(0, 60));
  });


  it('loads its bundled content at cold start (an unsigned request gets 403, not the fallback TwiML)', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      CONTENT_DIR: join(assetDir, 'content'), TWILIO_AUTH_TOKEN: 'bundle-test-token', PHONE_HASH_KEY: 'bundle-test-phone-hash-key',
      PUBLIC_BASE_URL: 'https://hooks.example.org', TABLE_NAME: 'backline-test', AWS_REGION: 'us-east-1',
    });
    delete process.env.SECRETS_ARN;
    try {
      const mod = (await import(pathToFileURL(join(assetDir, 'index.mjs')).href)) as { handler: (e: unknown) => Promise<{ statusCode: number }> };
      const response = await mod.handler({
        rawPath: '/twilio/sms', rawQueryString: '', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'From=%2B15551230000&Body=hi', isBase64Encoded: false, requestContext: { http: { method: 'POST' } },
      });
      expect(response.statusCode).toBe(403);
    } finally {
      process.env = saved;
    }
  });
});

describe('every function bundle, built with the deployed esbuild options', () => {
  /** Inputs no Lambda bundle may contain: content is validated when the bundle is built, not at cold start. */
  const BUILD_TIME_ONLY = ['node_modules/yaml/', 'functions/content/schema.ts', 'functions/content/load.ts', 'functions/content/build.ts', 'functions/triage/schema.ts', 'functions/triage/load.ts'];
  /** Each webhook carries only its own channel's engine. */
  const OTHER_CHANNEL: Record<string, string> = { sms: 'functions/engine/voice.ts', voice: 'functions/engine/sms.ts' };
  const OWN_CHANNEL: Record<string, string> = { sms: 'functions/engine/sms.ts', voice: 'functions/engine/voice.ts' };

  it.each(checkedFunctions(PROJECT_ROOT).map((f) => [f.id, f.entry]))(`%s is at most ${MAX_BYTES / 1024} KB and leaves out build-time and other-channel code`, async (id, entry) => {
    const result = await build({ ...esbuildOptions(join(PROJECT_ROOT, entry), join(tmpdir(), `backline-meta-${id}.mjs`)), absWorkingDir: PROJECT_ROOT, write: false, metafile: true });
    const [output] = Object.values(result.metafile.outputs);
    expect(output!.bytes).toBeLessThanOrEqual(MAX_BYTES);
    const inputs = Object.keys(output!.inputs);
    expect(inputs).toContain(entry);
    if (OWN_CHANNEL[id]) expect(inputs).toContain(OWN_CHANNEL[id]);
    for (const banned of [...BUILD_TIME_ONLY, ...(OTHER_CHANNEL[id] ? [OTHER_CHANNEL[id]] : [])]) {
      expect(inputs.filter((i) => i.includes(banned)), `${id} bundles ${banned}`).toEqual([]);
    }
  }, 30_000);
});
