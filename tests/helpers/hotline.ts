import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { startHotline, type Hotline, type HotlineOptions } from '../../dev/hotline.js';
import type { EscalationView } from '../../dev/records.js';
import { signedPost } from '../../dev/signed-post.js';
import type { OutboxEntry } from '../../dev/local-outbox.js';
import { FIXTURE_CONTENT_DIR } from './content.js';
import { messagesOf } from './twiml.js';
import { contactPartition } from '../../functions/store/keys.js';

/** Starts the local hotline on a free port with the fixture content and an in-memory embedded DynamoDB unless told otherwise. */
export function startTestHotline(options: Partial<HotlineOptions> = {}): Promise<Hotline> {
  return startHotline({ port: 0, ...options, env: { CONTENT_DIR: FIXTURE_CONTENT_DIR, TURN_TIMEOUT_MS: '4000', ...options.env } });
}

/** Texts the hotline as Twilio would and returns the parsed reply texts (asserting a 200 TwiML answer). */
export async function text(hotline: Hotline, params: Record<string, string>): Promise<string[]> {
  const res = await signedPost(hotline.url, '/twilio/sms', params, hotline.config.TWILIO_AUTH_TOKEN);
  if (res.status !== 200 || !res.contentType.startsWith('text/xml')) throw new Error(`unexpected ${res.status} ${res.contentType}: ${res.body}`);
  return messagesOf(res.body);
}

/** Reads a contact's raw state item straight from the table, bypassing the store under test. */
export async function rawStateItem(hotline: Hotline, phone: string): Promise<Record<string, unknown> | undefined> {
  const { config } = hotline;
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT }));
  const out = await client.send(
    new GetCommand({ TableName: config.TABLE_NAME, Key: { pk: contactPartition(contactKey(config.PHONE_HASH_KEY, phone)), sk: 'state' }, ConsistentRead: true }),
  );
  client.destroy();
  return out.Item;
}

/** The escalations the local hotline recorded, via its GET /_local/escalations route. */
export async function escalationsOf(hotline: Hotline): Promise<EscalationView[]> {
  return (await fetch(`${hotline.url}/_local/escalations`)).json() as Promise<EscalationView[]>;
}

/** On-call alerts in the outbox that name `phone` as the callback, waiting (up to 2 s) until there are at least `count`: alerts go out off the reply path. */
export async function alertsFor(hotline: Hotline, phone: string, count = 1): Promise<OutboxEntry[]> {
  const found = () => hotline.outbox.list().filter((m) => m.kind === 'alert' && m.body.includes(`Call back ${phone}.`));
  for (let i = 0; i < 100 && found().length < count; i++) await new Promise((r) => setTimeout(r, 20));
  return found();
}
