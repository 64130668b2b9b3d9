import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEV_AUTH_TOKEN } from '../../functions/app/config.js';
import { signedPost, smsParams } from '../../dev/signed-post.js';
import { startDynalite } from '../../dev/embedded-dynamo.js';
import { messagesOf } from '../helpers/twiml.js';

/** `npm start` as a person runs it: a separate process, its output and exit code read as they would be. */
const ROOT = new URL('../../', import.meta.url).pathname;
/** The server runs in this very process (node with tsx's loader), so killing it kills the server, not only a wrapper. */
const NODE_ARGS = ['--import', 'tsx', 'dev/main.ts'];
const APOLOGY = /something went wrong/i;
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, NODE_ARGS, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  return child;
}

/** Runs `npm start` to its exit; `wrap` runs it inside another command (a private mount namespace). */
function startupFailure(env: Record<string, string>, wrap?: string): { status: number | null; stderr: string; stdout: string } {
  const command = wrap ? ['unshare', ['-m', 'sh', '-c', `${wrap} && exec "${process.execPath}" ${NODE_ARGS.join(' ')}`]] as const : [process.execPath, NODE_ARGS] as const;
  const run = spawnSync(command[0], [...command[1]], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

/** Connects the instant the port accepts; no request is sent before that. */
async function whenPortOpens(port: number): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`port ${port} never opened`);
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('npm start', () => {
  it('answers the first SMS sent the instant the port opens with a real reply', async () => {
    const port = await freePort();
    start({ PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'backline-data-')) });
    await whenPortOpens(port);
    const url = `http://127.0.0.1:${port}`;
    const res = await signedPost(url, '/twilio/sms', smsParams('+15550001111', 'MENU'), DEV_AUTH_TOKEN);
    expect(res.status).toBe(200);
    const [reply] = messagesOf(res.body);
    expect(reply).toMatch(/^Backline:/);
    expect(reply).not.toMatch(APOLOGY);
  });

  it('names PORT in one line and exits non-zero when the port is busy', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const run = startupFailure({ PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'backline-data-')) });
      expect(run.status).toBe(1);
      expectOneLine(run.stderr, new RegExp(`port ${port} is already in use.*PORT=`));
    } finally {
      busy.close();
    }
  });

  it('refuses a DATA_DIR held by another running instance, in one line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'backline-data-'));
    const port = await freePort();
    start({ PORT: String(port), DATA_DIR: dataDir });
    await whenPortOpens(port);
    const run = startupFailure({ PORT: String(await freePort()), DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expectOneLine(run.stderr, /DATA_DIR .* is in use by another running Backline/);
  });

  it('refuses a DATA_DIR on a read-only file system, or on a full disk, in one line', () => {
    const mount = mkdtempSync(join(tmpdir(), 'backline-mount-'));
    const readOnly = startupFailure({ PORT: '0', DATA_DIR: join(mount, 'data') }, `mount -t tmpfs -o ro,size=1m tmpfs ${mount}`);
    expect(readOnly.status).toBe(1);
    expectOneLine(readOnly.stderr, /DATA_DIR .* is not usable: the file system is read-only/);
    const full = startupFailure({ PORT: '0', DATA_DIR: join(mount, 'data') }, `mount -t tmpfs -o size=64k tmpfs ${mount}`);
    expect(full.status).toBe(1);
    expectOneLine(full.stderr, /DATA_DIR .* is not usable: the disk is full/);
  });

  it('answers safe TwiML when its database fails while running, and stays up', async () => {
    const db = await startDynalite();
    const port = await freePort();
    const child = start({ PORT: String(port), DYNAMODB_ENDPOINT: db.endpoint });
    await whenPortOpens(port);
    const url = `http://127.0.0.1:${port}`;
    await db.close();
    const res = await signedPost(url, '/twilio/sms', smsParams('+15550002222', 'MENU'), DEV_AUTH_TOKEN);
    expect(res.status).toBe(200);
    expect(messagesOf(res.body).join(' ')).toMatch(/911/);
    expect(child.exitCode).toBeNull();
    const again = await signedPost(url, '/twilio/sms', smsParams('+15550002222', 'my bladder stopped working'), DEV_AUTH_TOKEN);
    expect(again.status).toBe(200);
    expect(messagesOf(again.body).join(' ')).toMatch(/911/);
  });
});
