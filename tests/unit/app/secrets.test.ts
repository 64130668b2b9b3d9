import { createServer, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lambdaHandler } from '../../../functions/app/lambda-handler.js';
import { SecretsError, withSecrets } from '../../../functions/app/secrets.js';
import { twimlResponse } from '../../../functions/twilio/http.js';
import { compiledContentDir, FIXTURE_CONTENT_DIR } from '../../helpers/content.js';
import { listenOnLoopback, type Loopback } from '../../helpers/loopback.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:backline-dev-AbCdEf';
const SECRET = { TWILIO_AUTH_TOKEN: 'token-from-secret', PHONE_HASH_KEY: 'phone-hash-key-from-secret-0123', TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef' };

/** Stands in for the Parameters and Secrets extension on 127.0.0.1: scripted answers, every request recorded. */
let answers: Array<{ status: number; body: string; delayMs?: number }> = [];
const requests: IncomingMessage[] = [];
let listening: Loopback;
let port: number;
beforeAll(async () => {
  const server = createServer((req, res) => {
    requests.push(req);
    const answer = answers.shift() ?? { status: 200, body: JSON.stringify({ Name: 'x', SecretString: JSON.stringify(SECRET) }) };
    setTimeout(() => res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body), answer.delayMs ?? 0);
  });
  listening = await listenOnLoopback(server);
  port = listening.port;
});
afterAll(() => listening.close());
beforeEach(() => {
  answers = [];
  requests.length = 0;
});

const env = (extra: Record<string, string> = {}) => ({
  SECRETS_ARN: ARN, AWS_SESSION_TOKEN: 'session-token', PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(port), ...extra,
});
const options = { host: '127.0.0.1', timeoutMs: 1000 };

describe('withSecrets', () => {
  it('returns the env unchanged and makes no request without SECRETS_ARN', async () => {
    expect(await withSecrets({ A: '1' }, options)).toEqual({ A: '1' });
    expect(requests).toHaveLength(0);
  });

  it('asks the extension for the secret with the session token and merges it over the env', async () => {
    const merged = await withSecrets(env({ TWILIO_AUTH_TOKEN: 'stale', TABLE_NAME: 'backline' }), options);
    expect(merged).toMatchObject({ ...SECRET, TABLE_NAME: 'backline' });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe(`/secretsmanager/get?secretId=${encodeURIComponent(ARN)}`);
    expect(requests[0]!.headers['x-aws-parameters-secrets-token']).toBe('session-token');
  });

  it('retries while the extension is not ready, then succeeds', async () => {
    answers = [{ status: 400, body: 'not ready to serve traffic, please wait' }, { status: 500, body: 'oops' }];
    expect(await withSecrets(env(), options)).toMatchObject(SECRET);
    expect(requests).toHaveLength(3);
  });

  it('gives up with SecretsError after its attempts, on a refused secret, and at the time budget', async () => {
    answers = [{ status: 500, body: '' }, { status: 500, body: '' }, { status: 500, body: '' }];
    await expect(withSecrets(env(), options)).rejects.toThrow(SecretsError);
    answers = [{ status: 403, body: 'AccessDenied' }];
    await expect(withSecrets(env(), options)).rejects.toThrow(/403/);
    answers = [{ status: 200, body: '{}', delayMs: 500 }];
    await expect(withSecrets(env(), { ...options, timeoutMs: 100 })).rejects.toThrow(/within 100 ms/);
  });

  it('rejects a secret that is not a JSON object of strings, without quoting it', async () => {
    answers = [{ status: 200, body: JSON.stringify({ SecretString: 'hunter2-not-json' }) }];
    const error = await withSecrets(env(), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretsError);
    expect(String((error as Error).message)).not.toContain('hunter2');
    expect((error as Error).cause).toBeUndefined();
    answers = [{ status: 200, body: JSON.stringify({ SecretString: JSON.stringify({ PORT: 1 }) }) }];
    await expect(withSecrets(env(), options)).rejects.toThrow(/string values/);
  });

  it('fails fast with SecretsError when nothing listens', async () => {
    await expect(withSecrets(env({ PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '9' }), { ...options, attempts: 2 })).rejects.toThrow(SecretsError);
  });
});

describe('lambdaHandler with SECRETS_ARN', () => {
  const contentDir = compiledContentDir(FIXTURE_CONTENT_DIR);
  const event = { rawPath: '/twilio/sms', requestContext: { http: { method: 'POST' } } };
  const saved = { ...process.env };
  beforeEach(() => {
    process.env = { ...saved, ...env(), PUBLIC_BASE_URL: 'https://hooks.example.org', CONTENT_DIR: contentDir, TABLE_NAME: 'backline-test' };
    delete process.env.TWILIO_AUTH_TOKEN;
    delete process.env.PHONE_HASH_KEY;
  });
  afterAll(() => {
    process.env = saved;
  });

  it('reads the secret once per cold start and hands the webhook a config built from it', async () => {
    const tokens: string[] = [];
    const handler = lambdaHandler('test', async (deps) => {
      tokens.push(deps.config.TWILIO_AUTH_TOKEN);
      return twimlResponse('<Response/>');
    }, () => '<Response><Message>fallback</Message></Response>');
    await handler(event);
    await handler(event);
    expect(tokens).toEqual([SECRET.TWILIO_AUTH_TOKEN, SECRET.TWILIO_AUTH_TOKEN]);
    expect(requests).toHaveLength(1);
  });

  it('answers the fallback TwiML (200) while the secret cannot be read, and retries on the next request', async () => {
    process.env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT = '9';
    const handler = lambdaHandler('test', async () => twimlResponse('<Response/>'), () => '<Response><Message>fallback</Message></Response>');
    const failed = await handler(event);
    expect(failed.statusCode).toBe(200);
    expect(failed.body).toContain('fallback');
    process.env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT = String(port);
    expect((await handler(event)).body).toBe('<Response/>');
  });
});
