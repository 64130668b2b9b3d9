import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../functions/content/load.js';
import { FUNCTIONS } from '../../infra/functions.js';
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
  });

  it('leaves the YAML parser and the content schemas out of the bundle (content is checked at build, not at cold start)', () => {
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(code).not.toContain('ids are lowercase words joined by dashes');
    expect(code).not.toContain('Implicit map keys need to be');
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
