import { BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { AppDeps } from '../../functions/app/deps.js';
import { E164 } from '../../functions/core/phone.js';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { contactPartition } from '../../functions/store/keys.js';
import { KNOWN_STATES, zoneFor } from '../../functions/tip-delivery/time-zones.js';
import { errorResponse, type HttpEvent, type HttpResponse } from '../../functions/twilio/http.js';
import { inspectSms } from '../../tools/lint/sms-encoding.js';
import { jsonResponse, type Route } from '../http-server.js';
import type { LocalOutbox } from '../local-outbox.js';
import { goldenExport } from './golden-export.js';
import type { SimContacts, ThreadEntry } from './sim-contacts.js';
import { stateWords } from './state-words.js';
import type { TwilioOptOuts } from './twilio-opt-outs.js';

/** What the contact routes read and change. */
export interface ContactRouteDeps {
  deps: Pick<AppDeps, 'config' | 'content' | 'store' | 'now'>;
  table: DynamoDBDocumentClient;
  outbox: LocalOutbox;
  contacts: SimContacts;
  optOuts: TwilioOptOuts;
}

const PhoneQuery = z.object({ phone: z.string().check(z.regex(E164, 'phone must be an E.164 number like +15550100001')) });
const StateQuery = z.extend(PhoneQuery, { state: z.enum(KNOWN_STATES as [string, ...string[]]) });

function query<T>(event: HttpEvent, schema: z.ZodMiniType<T>, method: 'GET' | 'POST'): T | HttpResponse {
  if (event.requestContext.http.method !== method) return errorResponse(405, `use ${method}`);
  const parsed = schema.safeParse(Object.fromEntries(new URLSearchParams(event.rawQueryString ?? '')));
  return parsed.success ? parsed.data : errorResponse(400, parsed.error.issues[0]?.message ?? 'bad query');
}

/**
 * The simulator's per-contact routes, local only: `GET /_local/contact?phone=` (state in words, why the last reply,
 * time zone and clock, the thread with the outbox's texts to this phone), `POST /_local/contact/from-state?phone=&state=`
 * (Twilio's FromState for its texts), `POST /_local/contact/reset?phone=` (deletes the contact's items) and
 * `GET /_local/contact/export?phone=` (the thread as a golden test script).
 */
export function contactRoutes(r: ContactRouteDeps): Record<string, Route> {
  return {
    '/_local/contact': async (event) => {
      const q = query(event, PhoneQuery, 'GET');
      return 'statusCode' in q ? q : jsonResponse(await contactView(r, q.phone));
    },
    '/_local/contact/from-state': async (event) => {
      const q = query(event, StateQuery, 'POST');
      if ('statusCode' in q) return q;
      r.contacts.of(q.phone).fromState = q.state;
      return jsonResponse({ fromState: q.state, timeZone: zoneFor(q.state) });
    },
    '/_local/contact/reset': async (event) => {
      const q = query(event, PhoneQuery, 'POST');
      if ('statusCode' in q) return q;
      return jsonResponse({ deleted: await resetContact(r, q.phone) });
    },
    '/_local/contact/export': async (event) => {
      const q = query(event, PhoneQuery, 'GET');
      if ('statusCode' in q) return q;
      const exported = goldenExport(q.phone, r.contacts.of(q.phone), r.deps.config.CONTENT_DIR);
      if ('problem' in exported) return jsonResponse({ error: exported.problem }, 409);
      return { statusCode: 200, headers: { 'content-type': 'text/yaml; charset=utf-8', 'content-disposition': `attachment; filename="${exported.fileName}"` }, body: exported.yaml };
    },
  };
}

/** What `GET /_local/contact` answers. */
export type ContactView = Awaited<ReturnType<typeof contactView>>;

async function contactView(r: ContactRouteDeps, phone: string) {
  const { deps, contacts } = r;
  const memory = contacts.of(phone);
  const onCall = deps.config.ON_CALL_NUMBERS.includes(phone);
  const now = deps.now();
  const stored = onCall ? undefined : await deps.store.load(contactKey(deps.config.PHONE_HASH_KEY, phone), now);
  const call = memory.callSid ? await deps.store.load(contactKey(deps.config.PHONE_HASH_KEY, `call:${memory.callSid}`), now) : undefined;
  const exported = goldenExport(phone, memory, deps.config.CONTENT_DIR);
  return {
    phone,
    onCall,
    fromState: memory.fromState,
    timeZone: zoneFor(memory.fromState),
    now: new Date(now).toISOString(),
    twilioBlocked: r.optOuts.isBlocked(phone),
    state: stored ? stateWords(deps.content, stored.state, stored.version) : null,
    ...(call?.state ? { call: stateWords(deps.content, call.state, call.version) } : {}),
    ...(memory.why ? { why: memory.why } : {}),
    thread: threadOf(r, phone),
    export: 'problem' in exported ? { ready: false, note: exported.problem } : { ready: true },
  };
}

/** The phone's thread: its texts and replies, and every outbox message to it since its last reset, in time order. */
function threadOf(r: ContactRouteDeps, phone: string): ThreadEntry[] {
  const memory = r.contacts.of(phone);
  const sent: ThreadEntry[] = r.outbox.list().flatMap((m, i) => {
    if (i < memory.outboxFrom || m.to !== phone) return [];
    const sms = inspectSms(m.body);
    return [{ id: `o${i}`, at: m.at, side: 'in' as const, text: m.body, kind: m.kind, segments: sms.segments, encoding: sms.encoding, ...(m.blocked ? { blocked: true as const } : {}) }];
  });
  return [...memory.thread, ...sent].sort((a, b) => a.at.localeCompare(b.at));
}

/** Deletes every item in the contact's partition (state, escalation records, alert claims) and the simulator's memory of it. */
async function resetContact(r: ContactRouteDeps, phone: string): Promise<number> {
  const { config } = r.deps;
  const memory = r.contacts.of(phone);
  const partitions = [contactPartition(contactKey(config.PHONE_HASH_KEY, phone)), ...(memory.callSid ? [contactPartition(contactKey(config.PHONE_HASH_KEY, `call:${memory.callSid}`))] : [])];
  let deleted = 0;
  for (const pk of partitions) {
    const keys = await partitionKeys(r.table, config.TABLE_NAME, pk);
    for (let i = 0; i < keys.length; i += 25) {
      await r.table.send(new BatchWriteCommand({ RequestItems: { [config.TABLE_NAME]: keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } })) } }));
    }
    deleted += keys.length;
  }
  r.contacts.reset(phone, r.outbox.list().length);
  r.optOuts.forget(phone);
  return deleted;
}

async function partitionKeys(table: DynamoDBDocumentClient, tableName: string, pk: string): Promise<Array<Record<string, unknown>>> {
  const keys: Array<Record<string, unknown>> = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await table.send(new QueryCommand({
      TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ProjectionExpression: 'pk, sk',
      ...(start ? { ExclusiveStartKey: start } : {}),
    }));
    keys.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return keys;
}
