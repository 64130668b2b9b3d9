// The SDK's Node 20 end-of-support notice is known (see README); keep the console for Backline's own output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { DEV_AUTH_TOKEN } from '../functions/app/config.js';
import { claimDataDir, DataDirError } from './data-dir.js';
import { startHotline, type Hotline } from './hotline.js';

/** `npm start`: the whole hotline on this machine, until Ctrl-C. A problem at startup is one line and exit code 1. */
const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? '.backline';
const embedded = !process.env.DYNAMODB_ENDPOINT;

function fail(line: string): never {
  console.error(`Backline did not start: ${line}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`PORT=${process.env.PORT} is not a port number (0-65535).`);

let release: (() => Promise<void>) | undefined;
let hotline: Hotline;
try {
  if (embedded) release = await claimDataDir(dataDir);
  hotline = await startHotline({ port, ...(embedded ? { dataDir } : {}), env: process.env });
} catch (error) {
  await release?.();
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof DataDirError) fail(error.message);
  if (code === 'EADDRINUSE') fail(`port ${port} is already in use. Stop what is using it, or set PORT to another port (PORT=3001 npm start).`);
  if (code === 'EACCES') fail(`port ${port} needs more privileges. Set PORT to a port above 1023.`);
  fail(`${(error as Error).name}: ${(error as Error).message.split('\n')[0]}`);
}

const { config } = hotline;
const usingDev = config.TWILIO_AUTH_TOKEN === DEV_AUTH_TOKEN;
console.log(`
Backline is running at ${hotline.url}
  database:   ${embedded ? `embedded DynamoDB (dynalite), saved in ${dataDir}/` : config.DYNAMODB_ENDPOINT}
  auth token: ${usingDev ? `${DEV_AUTH_TOKEN} (dev default; set TWILIO_AUTH_TOKEN to change)` : 'from TWILIO_AUTH_TOKEN'}
  webhooks (requests must be signed for ${config.PUBLIC_BASE_URL}):
${hotline.webhooks.map((path) => `    POST ${config.PUBLIC_BASE_URL}${path}`).join('\n')}
  operator page: ${hotline.url}/ops (plots; daily figures at /ops/daily.csv)
  local views: ${hotline.url}/_local/outbox (messages Backline would send), ${hotline.url}/_local/escalations, ${hotline.url}/_local/contact?phone=+15550100001
Press Ctrl-C to stop.
`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping Backline...');
  await hotline.close();
  await release?.();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
