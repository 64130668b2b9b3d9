import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lambdaHandler } from '../../../functions/app/lambda-handler.js';
import { twimlResponse } from '../../../functions/twilio/http.js';
import { writeCompiledContent } from '../../../infra/content-bundle.js';
import { FIXTURE_CONTENT_DIR } from '../../helpers/content.js';

const FALLBACK = '<Response><Message>fallback with 911</Message></Response>';
const event = { rawPath: '/twilio/sms', requestContext: { http: { method: 'POST' } } };

describe('lambdaHandler when the packaged content is missing or broken', () => {
  const saved = { ...process.env };
  let contentDir: string;
  let logged: string[];
  beforeEach(() => {
    contentDir = mkdtempSync(join(tmpdir(), 'backline-lambda-content-'));
    process.env = {
      ...saved, CONTENT_DIR: contentDir, TWILIO_AUTH_TOKEN: 'lambda-test-token', PHONE_HASH_KEY: 'lambda-test-phone-hash-key',
      PUBLIC_BASE_URL: 'https://hooks.example.org', TABLE_NAME: 'backline-test', AWS_REGION: 'us-east-1',
    };
    delete process.env.SECRETS_ARN;
    logged = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((line: string | Uint8Array) => logged.push(String(line)) > 0);
  });
  afterEach(() => {
    process.env = saved;
    vi.restoreAllMocks();
  });

  const handler = () => lambdaHandler('test', async (deps) => twimlResponse(`<Response><Message>${deps.content.version}</Message></Response>`), () => FALLBACK);

  it('answers the fallback TwiML (200) while content.json is absent, then the real turn once it is there', async () => {
    const run = handler();
    const first = await run(event);
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe(FALLBACK);
    expect(logged.join('\n')).toContain('"event":"test.init-failed","error":"ContentError"');
    const version = writeCompiledContent(FIXTURE_CONTENT_DIR, contentDir);
    const second = await run(event);
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(`<Response><Message>${version}</Message></Response>`);
  });

  it('answers the fallback TwiML for a truncated or foreign content.json, naming ContentError in the log', async () => {
    for (const broken of ['{"format":"backline-content/1","items":[', '{"format":"backline-content/1","version":"x","items":[null],"triage":{}}', '[]']) {
      writeFileSync(join(contentDir, 'content.json'), broken);
      const response = await handler()(event);
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(FALLBACK);
    }
    const errors = logged.filter((l) => l.includes('init-failed'));
    expect(errors).toHaveLength(3);
    for (const line of errors) expect(line).toContain('"error":"ContentError"');
  });
});
