// The SDK's Node 20 end-of-support notice is known (see README); keep the terminal for the conversation.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { createInterface } from 'node:readline/promises';
import * as z from 'zod/mini';
import { DEV_AUTH_TOKEN } from '../functions/app/config.js';
import { E164 } from '../functions/core/phone.js';
import { ROUTES } from '../functions/core/routes.js';
import { claimDataDir, DataDirError } from './data-dir.js';
import { startHotline, type Hotline } from './hotline.js';
import { signedPost, smsParams } from './signed-post.js';
import { messagesOf } from './twiml.js';

/** `npm run chat`: text Backline from the terminal, through a running `npm start` (BACKLINE_URL) or a hotline of its own. Problems are one line. */
const DEFAULT_URL = 'http://127.0.0.1:3000';
/** Longer than any turn (Twilio itself gives up at 15 s), short enough that a hung server does not hang the terminal. */
const ANSWER_TIMEOUT_MS = 20_000;
const PROBE_TIMEOUT_MS = 3_000;

const httpUrl = (name: string) =>
  z.pipe(z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL like ${DEFAULT_URL}` }), z.transform((u: string) => u.replace(/\/+$/, '')));
const ChatEnv = z.object({
  BACKLINE_URL: z.optional(httpUrl('BACKLINE_URL')),
  PUBLIC_BASE_URL: z.optional(httpUrl('PUBLIC_BASE_URL')),
  CHAT_FROM: z._default(z.string().check(z.regex(E164, 'CHAT_FROM must be an E.164 number like +15550100009')), '+15550100009'),
  TWILIO_AUTH_TOKEN: z._default(z.string(), DEV_AUTH_TOKEN),
  DATA_DIR: z._default(z.string(), '.backline'),
});

function fail(line: string): never {
  console.error(`npm run chat: ${line}`);
  process.exit(1);
}

/** Why a request got no HTTP answer, in a few plain words (fetch hides the socket error in `cause`). */
function whyUnanswered(error: unknown): string {
  const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return 'no answer in time';
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused: nothing is listening there';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'the connection was dropped';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'the host is unreachable';
  if (cause?.message === 'bad port') return 'fetch refuses that port as unsafe; use another';
  return (cause?.message ?? message).split('\n')[0]!;
}

/** Undefined when something answers HTTP at `url` (any status); otherwise why not. */
async function unanswered(url: string): Promise<string | undefined> {
  try {
    await fetch(`${url}/_local/outbox`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return undefined;
  } catch (error) {
    return whyUnanswered(error);
  }
}

const parsed = ChatEnv.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== '')));
if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('; '));
const env = parsed.data;

let url = env.BACKLINE_URL ?? DEFAULT_URL;
let own: Hotline | undefined;
let release: (() => Promise<void>) | undefined;
const why = await unanswered(url);
if (why && env.BACKLINE_URL) fail(`cannot reach Backline at ${url} (${why}). Start it with npm start, fix BACKLINE_URL, or unset it to chat with a hotline of its own.`);
if (why) {
  try {
    release = await claimDataDir(env.DATA_DIR);
    own = await startHotline({ port: 0, dataDir: env.DATA_DIR, env: { ...process.env, LOG_LEVEL: 'silent' }, overrides: { log: () => {} } });
  } catch (error) {
    await release?.();
    if (error instanceof DataDirError) fail(`${error.message} (Is npm start running on another port? Set BACKLINE_URL to its address.)`);
    fail(`could not start a hotline of its own: ${(error as Error).message.split('\n')[0]}`);
  }
  url = own.url;
}

console.log(`Texting Backline at ${url} as ${env.CHAT_FROM}. Type a message (MENU to start), or Ctrl-D to quit.`);
const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
rl.on('SIGINT', () => rl.close());
let unsent = 0;
rl.prompt();
for await (const line of rl) {
  if (line.trim() !== '') {
    try {
      const res = await signedPost(url, ROUTES.sms, smsParams(env.CHAT_FROM, line), env.TWILIO_AUTH_TOKEN, env.PUBLIC_BASE_URL ?? url, AbortSignal.timeout(ANSWER_TIMEOUT_MS));
      if (res.status !== 200) console.log(`(${res.status}) ${res.body.trim()}`);
      else for (const text of messagesOf(res.body)) console.log(`\nbackline> ${text.replace(/\n/g, '\n          ')}\n`);
    } catch (error) {
      unsent += 1;
      console.error(`Not sent: Backline at ${url} stopped answering (${whyUnanswered(error)}). Retype it once Backline is back, or press Ctrl-D to quit.`);
    }
  }
  rl.prompt();
}
await own?.close();
await release?.();
if (unsent > 0) process.exitCode = 1;
