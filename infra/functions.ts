import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StageConfig } from './stage.js';
import { ALERT_PREFIX, DUE_INDEX } from '../functions/store/keys.js';
import { ROUTES } from '../functions/core/routes.js';

/** Item-level table actions a function may be granted (on the base table only, never on indexes). */
export type ItemAction = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem';

/** What invokes a function. */
export type Trigger =
  /** API routes like `POST /twilio/sms`; a webhook answers Twilio within its 15 s budget. */
  | { kind: 'http'; routes: readonly string[] }
  /** EventBridge Scheduler expression, e.g. `rate(15 minutes)`. */
  | { kind: 'schedule'; expression: string }
  /** The table's stream, filtered to inserted or overwritten items (a renewed alert claim is a MODIFY) whose sort key starts with `skPrefix` (alert records). */
  | { kind: 'stream'; skPrefix: string };

/** One Lambda function: where its code is, what calls it, and exactly what it may touch. */
export interface FunctionSpec {
  /** Short name: construct ids, log group and outputs derive from it. */
  id: string;
  /** Handler file relative to the project root; synth fails when it is missing. */
  entry: string;
  description: string;
  trigger: Trigger;
  table: { items: readonly ItemAction[]; queryIndexes?: readonly string[] };
  /** Reads the app secret (Twilio credentials, phone-hash key) at cold start. */
  secret: boolean;
  /** Compiles content/ into `content.json` in the bundle (validated at bundling) and sets CONTENT_DIR to its directory. */
  content: boolean;
  timeoutSeconds: number;
  memoryMb: number;
  /** Logs `{"event":"escalation"}` lines counted by the escalations metric filter. */
  escalations?: boolean;
  /** Pages on-call staff down a ladder: gets a schedule group, a role EventBridge Scheduler invokes it with, and the right to create one-time schedules there. */
  ladder?: boolean;
  /** Stack outputs: output name -> route path whose full URL it carries (for pasting into Twilio). */
  outputs?: Record<string, string>;
  /** Extra environment from the stage's settings. */
  env?: (stage: StageConfig) => Record<string, string>;
}

const RW: readonly ItemAction[] = ['GetItem', 'PutItem', 'UpdateItem'];
/** What both webhooks are given: the nurse line they offer and the hotline numbers they answer for. */
const webhookEnv = (stage: StageConfig): Record<string, string> => ({
  ...(stage.nurseLineNumber ? { NURSE_LINE_NUMBER: stage.nurseLineNumber } : {}),
  ...(stage.hotlineNumbers.length > 0 ? { HOTLINE_NUMBERS: stage.hotlineNumbers.join(',') } : {}),
});
const sender = (stage: StageConfig): Record<string, string> => (stage.twilioFrom ? { TWILIO_FROM: stage.twilioFrom } : {});
/** Who is on call and in which time zone: the alerts function pages them, the SMS webhook takes their ACKs. */
const onCall = (stage: StageConfig): Record<string, string> => ({ ON_CALL_NUMBERS: stage.onCallNumbers.join(','), ON_CALL_TIME_ZONE: stage.onCallTimeZone });

/** Every function Backline can have; a new handler is one entry here. */
export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    id: 'sms', entry: 'functions/handlers/sms.ts', description: 'Twilio SMS webhook',
    trigger: { kind: 'http', routes: [`POST ${ROUTES.sms}`] },
    table: { items: RW }, secret: true, content: true, timeoutSeconds: 14, memoryMb: 1024, env: (stage) => ({ ...webhookEnv(stage), ...onCall(stage), ...sender(stage) }),
    escalations: true, outputs: { SmsWebhookUrl: ROUTES.sms },
  },
  {
    id: 'voice', entry: 'functions/handlers/voice.ts', description: 'Twilio voice webhook (first request and every Gather action)',
    trigger: { kind: 'http', routes: [`POST ${ROUTES.voice}`, `POST ${ROUTES.voice}/{proxy+}`] },
    // "Press 9 to get this by text" sends from the voice function: it needs the sender too.
    table: { items: RW }, secret: true, content: true, timeoutSeconds: 14, memoryMb: 1024, env: (stage) => ({ ...webhookEnv(stage), ...sender(stage) }),
    escalations: true, outputs: { VoiceWebhookUrl: ROUTES.voice },
  },
  {
    id: 'fallback', entry: 'functions/handlers/fallback.ts', description: 'Static safe TwiML for Twilio fallback URLs',
    trigger: { kind: 'http', routes: [`POST ${ROUTES.smsFallback}`, `POST ${ROUTES.voiceFallback}`] },
    table: { items: [] }, secret: false, content: false, timeoutSeconds: 5, memoryMb: 256,
    outputs: { SmsFallbackUrl: ROUTES.smsFallback, VoiceFallbackUrl: ROUTES.voiceFallback },
  },
  {
    id: 'tips', entry: 'functions/handlers/tips.ts', description: 'Sends due tips by SMS every 15 minutes',
    trigger: { kind: 'schedule', expression: 'rate(15 minutes)' },
    table: { items: RW, queryIndexes: [DUE_INDEX.name] }, secret: true, content: true, timeoutSeconds: 120, memoryMb: 512, env: sender,
  },
  {
    id: 'alerts', entry: 'functions/handlers/alerts.ts', description: 'Pages on-call staff when an escalation is recorded, down the ladder until someone ACKs',
    trigger: { kind: 'stream', skPrefix: ALERT_PREFIX },
    table: { items: RW }, secret: true, content: true, timeoutSeconds: 60, memoryMb: 512, ladder: true,
    env: (stage) => ({ ...onCall(stage), ALERT_ACK_MINUTES: String(stage.alertAckMinutes), ...sender(stage) }),
  },
];

/** The specs to deploy, each checked at synth time: a handler file that is missing under `root` throws, naming it (never a silent skip). */
export function checkedFunctions(root: string, specs: readonly FunctionSpec[] = FUNCTIONS): readonly FunctionSpec[] {
  const missing = specs.filter((spec) => !existsSync(join(root, spec.entry)));
  if (missing.length > 0) throw new Error(`Handler file not found for ${missing.map((s) => `${s.id} (${s.entry})`).join(', ')}`);
  return specs;
}
