import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { contactKey } from '../functions/privacy/contact-key.js';
import type { LogFields } from '../functions/core/log.js';
import { startHotline, type Hotline } from '../dev/hotline.js';
import { signedPost } from '../dev/signed-post.js';
import { messagesOf } from '../dev/twiml.js';
import { CONTENT_DIR } from './env.js';
import { messageSid, phoneOf, smsParams } from './events.js';
import { progressBar } from './progress.js';
import { tenTurnScript, type ContactScript } from './scripts.js';
import { distribution, pool, type Distribution } from './stats.js';
import { contactPartition } from '../functions/store/keys.js';
import { ROUTES } from '../functions/core/routes.js';

/** How big a load run is. */
export interface LoadOptions {
  contacts: number;
  concurrency: number;
  /** Draw a progress bar on stderr. */
  progress?: boolean;
  contentDir?: string;
  /** Drive this running hotline (left running) instead of starting one; its error logs are then not counted. */
  hotline?: Hotline;
}

/** What a load run found. */
export interface LoadResult {
  contacts: number;
  concurrency: number;
  /** Requests posted, replays included. */
  requests: number;
  turns: number;
  replays: number;
  status: Record<string, number>;
  serverErrors: number;
  /** Contacts whose stored conversation is missing or not where its script must leave it. */
  wrongFinalState: string[];
  /** Contacts whose stored version is above the number of distinct messages (a replay advanced it). */
  doubleAdvanced: number;
  /** Contacts with a message the store has no record of. */
  lost: number;
  /** Replays whose answer differed from the original answer. */
  replayMismatches: number;
  latency: Distribution;
  wallSeconds: number;
  throughput: number;
  errorLogs: number;
}

/**
 * Simulates `contacts` people texting ten messages each through the local server (HTTP, signed like Twilio),
 * `concurrency` contacts at a time, each waiting for its reply; some messages are re-sent by "Twilio", after
 * the answer or racing it. Then every contact's stored item is checked against its script's expected state.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const logs: LogFields[] = [];
  const hotline = options.hotline ?? await startHotline({
    port: 0,
    env: { CONTENT_DIR: options.contentDir ?? CONTENT_DIR, TURN_TIMEOUT_MS: '10000' },
    overrides: { log: (level, fields) => void (level === 'error' && logs.push(fields)) },
  });
  const run = Date.now().toString(16).slice(-6);
  const status: Record<string, number> = {};
  const samples: number[] = [];
  let replays = 0;
  let replayMismatches = 0;
  const bar = options.progress ? progressBar(options.contacts, 'load') : undefined;
  const post = async (from: string, body: string, sid: string): Promise<string[]> => {
    const started = performance.now();
    const res = await signedPost(hotline.url, ROUTES.sms, smsParams(from, body, sid), hotline.config.TWILIO_AUTH_TOKEN);
    samples.push(performance.now() - started);
    status[res.status] = (status[res.status] ?? 0) + 1;
    return res.status === 200 ? messagesOf(res.body) : [];
  };
  const scripts: ContactScript[] = Array.from({ length: options.contacts }, (_, i) => tenTurnScript(hotline.deps.content, i));
  const started = performance.now();
  try {
    await pool(scripts, options.concurrency, async (script, i) => {
      const from = phoneOf(i, 1);
      for (const [t, body] of script.bodies.entries()) {
        const sid = messageSid(run, i, t);
        if (script.replayConcurrent.includes(t)) {
          const [a, b] = await Promise.all([post(from, body, sid), post(from, body, sid)]);
          replays += 1;
          if (!isDeepStrictEqual(a, b)) replayMismatches += 1;
        } else {
          const first = await post(from, body, sid);
          if (script.replayAfter.includes(t)) {
            replays += 1;
            if (!isDeepStrictEqual(first, await post(from, body, sid))) replayMismatches += 1;
          }
        }
      }
      bar?.tick();
    });
    bar?.done();
    const wallSeconds = (performance.now() - started) / 1000;
    const checked = await checkFinalStates(hotline.config, scripts, run);
    const requests = samples.length;
    const serverErrors = Object.entries(status).filter(([code]) => Number(code) >= 500).reduce((a, [, n]) => a + n, 0);
    return {
      contacts: options.contacts, concurrency: options.concurrency, requests, turns: requests - replays, replays, status, serverErrors, ...checked, replayMismatches,
      latency: distribution(samples), wallSeconds, throughput: requests / wallSeconds, errorLogs: logs.length,
    };
  } finally {
    if (!options.hotline) await hotline.close();
  }
}

async function checkFinalStates(
  config: { AWS_REGION: string; DYNAMODB_ENDPOINT?: string | undefined; TABLE_NAME: string; PHONE_HASH_KEY: string },
  scripts: readonly ContactScript[],
  run: string,
): Promise<Pick<LoadResult, 'wrongFinalState' | 'doubleAdvanced' | 'lost'>> {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT }));
  const wrongFinalState: string[] = [];
  let doubleAdvanced = 0;
  let lost = 0;
  try {
    await pool(scripts, 16, async (script, i) => {
      const key = { pk: contactPartition(contactKey(config.PHONE_HASH_KEY, phoneOf(i, 1))), sk: 'state' };
      const { Item } = await client.send(new GetCommand({ TableName: config.TABLE_NAME, Key: key, ConsistentRead: true }));
      const state = Item?.state as { lang?: string; trail?: string[]; topic?: unknown } | undefined;
      const seen = new Set(((Item?.recent ?? []) as Array<{ id: string }>).map((r) => r.id));
      const missing = script.bodies.filter((_, t) => !seen.has(messageSid(run, i, t))).length;
      if (missing > 0) lost += 1;
      if (Number(Item?.v) > script.expect.version) doubleAdvanced += 1;
      const got = { version: Item?.v, lang: state?.lang, trail: state?.trail, topic: state?.topic };
      if (!isDeepStrictEqual(got, script.expect)) wrongFinalState.push(`contact ${i}: ${JSON.stringify(got)} != ${JSON.stringify(script.expect)}`);
    });
  } finally {
    client.destroy();
  }
  return { wrongFinalState, doubleAdvanced, lost };
}
