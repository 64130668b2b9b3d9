import { handleSmsWebhook } from '../functions/app/sms-webhook.js';
import { runTipDelivery } from '../functions/tip-delivery/deliver.js';
import { buildTipDeps } from '../functions/app/tip-delivery-deps.js';
import { Pacer } from '../functions/tip-delivery/pacer.js';
import type { OutboundMessage, Sender } from '../functions/outbound/types.js';
import type { DynamoTotals } from './dynamo.js';
import type { BenchEnv } from './env.js';
import { messageSid, phoneOf, signedEvent, smsParams } from './events.js';
import { smsConversation, voiceCall } from './latency.js';
import { ROUTES } from '../functions/core/routes.js';

/** DynamoDB work per unit of Backline work (a turn or a delivered tip). */
export interface UnitCost {
  per: string;
  samples: number;
  requests: number;
  reads: number;
  writes: number;
  /** HTTP attempts per unit (equals requests when nothing was retried). */
  attempts: number;
  readUnits: number;
  writeUnits: number;
  /** Of writeUnits: estimated `byDue` index writes dynalite does not report (key change = delete + put, ALL projection). */
  indexWriteUnits: number;
  byOp: Record<string, number>;
  capacitySource: string;
}

function per(totals: DynamoTotals, n: number, what: string, indexWriteUnits = 0): UnitCost {
  return {
    per: what, samples: n,
    requests: totals.calls / n, reads: totals.reads / n, writes: totals.writes / n, attempts: totals.attempts / n,
    readUnits: totals.readUnits / n, writeUnits: (totals.writeUnits + indexWriteUnits) / n, indexWriteUnits: indexWriteUnits / n,
    byOp: Object.fromEntries(Object.entries(totals.byOp).map(([op, t]) => [op, t.calls / n])),
    capacitySource: totals.capacityReported
      ? `ConsumedCapacity reported by dynalite (ReturnConsumedCapacity: TOTAL)${indexWriteUnits ? ' + byDue index writes computed from item sizes' : ''}`
      : 'partly missing: dynalite did not report ConsumedCapacity for every call',
  };
}

/** Requests and capacity per SMS turn and per voice turn over whole ten-turn conversations of fresh contacts. */
export async function turnUnits(env: BenchEnv, contacts: number): Promise<{ sms: UnitCost; voice: UnitCost }> {
  env.counter.reset();
  for (let i = 0; i < contacts; i++) await smsConversation(env, 'u', i, 5);
  const sms = per(env.counter.totals(), contacts * 10, 'SMS turn');
  env.counter.reset();
  for (let i = 0; i < contacts; i++) await voiceCall(env, 'v', i, 6);
  const voice = per(env.counter.totals(), contacts * 10, 'voice turn');
  return { sms, voice };
}

class CountingSender implements Sender {
  sent = 0;
  async send(_message: OutboundMessage): Promise<void> {
    this.sent += 1;
  }
}

/**
 * Requests and capacity per delivered tip with functions/tip-delivery/deliver.ts (runTipDelivery): `subscribers` contacts
 * join by SMS (DAILY, YES) on a fixed clock, then one delivery run at their first 9 AM sends each a tip.
 */
export async function tipUnits(env: BenchEnv, subscribers: number): Promise<UnitCost & { sent: number }> {
  const join = Date.parse('2027-03-10T15:30:00Z');
  for (let i = 0; i < subscribers; i++) {
    const from = phoneOf(i, 7);
    for (const [t, body] of ['DAILY', 'YES'].entries()) {
      env.setNow(join + t * 10_000);
      const res = await handleSmsWebhook(env.deps, signedEvent(env.config.PUBLIC_BASE_URL, env.config.TWILIO_AUTH_TOKEN, ROUTES.sms, smsParams(from, body, messageSid('d', i, t))));
      if (res.statusCode !== 200) throw new Error(`join answered ${res.statusCode}`);
    }
  }
  env.setNow(undefined);
  const sender = new CountingSender();
  const deps = { ...buildTipDeps(env.config, { client: env.client, sender, content: env.content, log: () => {} }), pacer: new Pacer({ minIntervalMs: 0, backoffMs: 1, maxBackoffMs: 1 }) };
  env.counter.reset();
  const report = await runTipDelivery(deps, Date.parse('2027-03-11T14:07:00Z'));
  const totals = env.counter.totals();
  if (report.sent.length !== subscribers) throw new Error(`tip run sent ${report.sent.length} of ${subscribers} (skipped ${report.skipped}, failed ${report.failed})`);
  // Each claim moves the item's byDue keys to the next day: DynamoDB writes the index too (delete old + put new entry).
  const updateUnits = totals.byOp.UpdateItem?.units ?? 0;
  return { ...per(totals, report.sent.length, 'delivered tip', 2 * updateUnits), sent: sender.sent };
}
