import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { rawStateItem, startTestHotline } from '../helpers/hotline.js';

/** `npm run chat` as a person runs it: a separate process on a real server (or a closed port), its output and exit code read as they would be. */
const ROOT = new URL('../../', import.meta.url).pathname;
const NODE_ARGS = ['--import', 'tsx', 'dev/chat.ts'];
const running: ChildProcess[] = [];
const hotlines: Hotline[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
  for (const hotline of hotlines.splice(0)) await hotline.close();
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function chatToExit(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, NODE_ARGS, { cwd: ROOT, env: { ...process.env, ...env }, input: 'MENU\n', encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/** A chat process kept open, with everything it has printed so far. */
function startChat(env: Record<string, string>) {
  const child = spawn(process.execPath, NODE_ARGS, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  running.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const prompts = () => out.stdout.split('you> ').length - 1;
  const until = async (done: () => boolean, what: string) => {
    for (let i = 0; i < 2000 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!done()) throw new Error(`chat never showed ${what}; stdout: ${out.stdout}; stderr: ${out.stderr}`);
  };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, out, prompts, until, exited, type: (text: string) => child.stdin.write(text) };
}

describe('npm run chat', () => {
  it('explains an unreachable BACKLINE_URL in one line, with no stack trace, and exits 1', async () => {
    const port = await closedPort();
    const run = chatToExit({ BACKLINE_URL: `http://127.0.0.1:${port}` });
    expect(run.status).toBe(1);
    expectOneLine(run.stderr, new RegExp(`^npm run chat: cannot reach Backline at http://127\\.0\\.0\\.1:${port} \\(connection refused: nothing is listening there\\)\\. Start it with npm start`));
    expect(run.stdout).toBe('');
  });

  it('names a BACKLINE_URL or CHAT_FROM that is not valid in one line and exits 1', () => {
    const badUrl = chatToExit({ BACKLINE_URL: 'localhost 3000' });
    expect(badUrl.status).toBe(1);
    expectOneLine(badUrl.stderr, /^npm run chat: BACKLINE_URL must be an http\(s\) URL/);
    const badFrom = chatToExit({ BACKLINE_URL: 'http://127.0.0.1:1', CHAT_FROM: '555-0100' });
    expect(badFrom.status).toBe(1);
    expectOneLine(badFrom.stderr, /^npm run chat: CHAT_FROM must be an E\.164 number/);
  });

  it('sends no blank line; when the server goes away it says so in one line, keeps the prompt, and exits 1 at the end', async () => {
    const hotline = await startTestHotline();
    hotlines.push(hotline);
    const from = '+15550107711';
    const chat = startChat({ BACKLINE_URL: hotline.url, CHAT_FROM: from });
    await chat.until(() => chat.prompts() === 1, 'its first prompt');
    chat.type('MENU\n\n   \n\t\n1\n');
    await chat.until(() => chat.prompts() === 6, 'a prompt after each of the five lines');
    expect(chat.out.stdout).toContain('backline> Common causes.');
    expect((await rawStateItem(hotline, from))?.v).toBe(2);
    expect(chat.out.stderr).toBe('');

    await hotline.close();
    hotlines.splice(0);
    chat.type('2\n');
    await chat.until(() => chat.prompts() === 7, 'a prompt after the server went away');
    expectOneLine(chat.out.stderr, /^Not sent: Backline at http:\/\/127\.0\.0\.1:\d+ stopped answering \((connection refused: nothing is listening there|the connection was dropped)\)\. Retype it once Backline is back/);
    expect(chat.child.exitCode).toBeNull();

    chat.child.stdin.end();
    expect(await chat.exited).toBe(1);
  });
});
