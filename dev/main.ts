// The SDK's Node 20 end-of-support notice is known (see README); keep the console for Backline's own output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { DEV_AUTH_TOKEN } from '../functions/app/config.js';
import { startHotline } from './hotline.js';

/** `npm start`: the whole hotline on this machine, until Ctrl-C. */
const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? '.backline';
const hotline = await startHotline({ port, dataDir, env: process.env });
const { config } = hotline;
const usingDev = config.TWILIO_AUTH_TOKEN === DEV_AUTH_TOKEN;
console.log(`
Backline is running at ${hotline.url}
  database:   ${process.env.DYNAMODB_ENDPOINT ? config.DYNAMODB_ENDPOINT : `embedded DynamoDB (dynalite), saved in ${dataDir}/`}
  auth token: ${usingDev ? `${DEV_AUTH_TOKEN} (dev default; set TWILIO_AUTH_TOKEN to change)` : 'from TWILIO_AUTH_TOKEN'}
  webhooks (requests must be signed for ${config.PUBLIC_BASE_URL}):
${hotline.webhooks.map((path) => `    POST ${config.PUBLIC_BASE_URL}${path}`).join('\n')}
  local views: ${hotline.url}/_local/outbox (messages Backline would send), ${hotline.url}/_local/escalations
Press Ctrl-C to stop.
`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping Backline...');
  await hotline.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
