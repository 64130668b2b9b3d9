import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonResponse, startServer, type LocalServer } from '../../dev/http-server.js';

/** A raw request, so the test sets Host and Origin as another site's page (or DNS rebinding) would. */
function raw(url: string, path: string, headers: Record<string, string>): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('the local server refuses other sites', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startServer(() => ({ '/_local/clock': async () => jsonResponse({ ok: true }), '/twilio/sms': async () => jsonResponse({ ok: true }) }), 0);
  });
  afterAll(() => server.close());

  it('answers this machine: its own host, with or without its own origin', async () => {
    const host = new URL(server.url).host;
    expect(await raw(server.url, '/_local/clock', { host })).toBe(200);
    expect(await raw(server.url, '/_local/clock', { host, origin: server.url })).toBe(200);
    expect(await raw(server.url, '/_local/clock', { host: `localhost:${new URL(server.url).port}` })).toBe(200);
  });

  it('refuses a cross-site post and a rebound host name with 403', async () => {
    const host = new URL(server.url).host;
    expect(await raw(server.url, '/_local/clock', { host, origin: 'https://evil.example' })).toBe(403);
    expect(await raw(server.url, '/_local/clock', { host, origin: 'null' })).toBe(403);
    expect(await raw(server.url, '/_local/clock', { host: `evil.example:${new URL(server.url).port}` })).toBe(403);
  });

  it('still lets Twilio reach the webhooks through a tunnel (they check their own signature)', async () => {
    expect(await raw(server.url, '/twilio/sms', { host: 'abc123.tunnel.example' })).toBe(200);
  });
});
