import { createInterface } from 'node:readline/promises';
import { DEV_AUTH_TOKEN } from '../functions/app/config.js';
import { startHotline, type Hotline } from './hotline.js';
import { signedPost, smsParams } from './signed-post.js';
import { messagesOf } from './twiml.js';
import { ROUTES } from '../functions/core/routes.js';

/** `npm run chat`: text Backline from the terminal, through a running `npm start` (BACKLINE_URL) or a hotline of its own. */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const from = process.env.CHAT_FROM ?? '+15550100009';
const token = process.env.TWILIO_AUTH_TOKEN ?? DEV_AUTH_TOKEN;
let url = process.env.BACKLINE_URL ?? 'http://127.0.0.1:3000';
let own: Hotline | undefined;
try {
  await fetch(`${url}/_local/outbox`);
} catch {
  process.once('uncaughtException', (error) => {
    console.error(`Could not open the local database (${error.message}). Is npm start already running on another port? Set BACKLINE_URL to its address.`);
    process.exit(1);
  });
  own = await startHotline({ port: 0, dataDir: process.env.DATA_DIR ?? '.backline', env: { ...process.env, LOG_LEVEL: 'silent' }, overrides: { log: () => {} } });
  url = own.url;
}
console.log(`Texting Backline at ${url} as ${from}. Type a message (MENU to start), or Ctrl-D to quit.`);
const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
rl.prompt();
for await (const line of rl) {
  const res = await signedPost(url, ROUTES.sms, smsParams(from, line), token, process.env.PUBLIC_BASE_URL ?? url);
  if (res.status !== 200) console.log(`(${res.status}) ${res.body.trim()}`);
  else for (const text of messagesOf(res.body)) console.log(`\nbackline> ${text.replace(/\n/g, '\n          ')}\n`);
  rl.prompt();
}
await own?.close();
