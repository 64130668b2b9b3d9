import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { StoreUnavailableError } from './errors.js';
import { onCallPartition, pagePartition } from './keys.js';
import type { AckOutcome, Page, PageBook, PageRef } from './page-book.js';
import { ALERT_ATTRIBUTES, type PendingAlert } from './escalation-log.js';

/** How long an on-call number's pointer to its last page lasts: an ACK without a code a day later means nothing. */
const POINTER_TTL_S = 2 * 86_400;
/** Short codes are four digits; a clash with another page that day moves to the next free code. */
const CODES = 10_000;
const MAX_PROBES = 50;

const PageItem = z.object({
  pk: z.string(),
  sk: z.string(),
  alertId: z.string(),
  contact: z.string(),
  ...ALERT_ATTRIBUTES,
  at: z.number(),
  step: z.number(),
  sentTo: z.optional(z.unknown()),
  sends: z.array(z.object({ step: z.number(), to: z.array(z.string()), at: z.number() })),
  ackAt: z.optional(z.number()),
  ackBy: z.optional(z.string()),
  exhaustedAt: z.optional(z.number()),
});

const Pointer = z.object({ day: z.string(), code: z.string() });

/** The UTC day (YYYY-MM-DD) of an instant. */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Pages in DynamoDB: one item per page under its day's partition, one pointer per on-call number to the last page it got. */
export class DynamoPageBook implements PageBook {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retentionDays: number,
  ) {}

  async open(alert: PendingAlert, now: number): Promise<Page> {
    const alertId = `${alert.contact}#${alert.tier}#${alert.at}`;
    const day = utcDay(alert.at);
    const first = createHash('sha256').update(alertId).digest().readUInt32BE(0) % CODES;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const code = String((first + probe) % CODES).padStart(4, '0');
      const item = {
        pk: pagePartition(day), sk: code, alertId,
        contact: alert.contact, tier: alert.tier, rule: alert.rule, ...(alert.also?.length ? { also: alert.also } : {}),
        channel: alert.channel, contentVersion: alert.contentVersion, inputId: alert.inputId, at: alert.at,
        ...(alert.sealedCallback ? { callback: alert.sealedCallback } : {}),
        step: -1, sends: [], openedAt: now,
        ttl: Math.floor(now / 1000) + this.retentionDays * 86_400,
      };
      if (await this.write(new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }))) return toPage(PageItem.parse(item));
      const existing = await this.get({ day, code });
      if (existing?.alertId === alertId) return existing;
    }
    throw new StoreUnavailableError(`no free page code on ${day}`);
  }

  async get(ref: PageRef): Promise<Page | undefined> {
    const item = await this.read(pagePartition(ref.day), ref.code);
    const parsed = PageItem.safeParse(item);
    return parsed.success ? toPage(parsed.data) : undefined;
  }

  async markSent(ref: PageRef, step: number, to: readonly string[], at: number): Promise<boolean> {
    const updated = await this.write(new UpdateCommand({
      TableName: this.tableName,
      Key: { pk: pagePartition(ref.day), sk: ref.code },
      UpdateExpression: to.length > 0 ? 'SET #step = :step, sends = list_append(sends, :send) ADD sentTo :to' : 'SET #step = :step, sends = list_append(sends, :send)',
      ConditionExpression: 'attribute_exists(pk) AND #step < :step',
      ExpressionAttributeNames: { '#step': 'step' },
      ExpressionAttributeValues: { ':step': step, ':send': [{ step, to: [...to], at }], ...(to.length > 0 ? { ':to': new Set(to) } : {}) },
    }));
    return updated;
  }

  async point(ref: PageRef, to: readonly string[], at: number): Promise<void> {
    await Promise.all(to.map((number) => this.write(new PutCommand({
      TableName: this.tableName,
      Item: { pk: onCallPartition(number), sk: 'latest', day: ref.day, code: ref.code, at, ttl: Math.floor(at / 1000) + POINTER_TTL_S },
    }))));
  }

  async acknowledge(by: string, code: string | undefined, at: number): Promise<AckOutcome> {
    const refs = code ? await this.byCode(code, by, at) : await this.pointerOf(by);
    for (const ref of refs) {
      const acked = await this.write(new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: pagePartition(ref.day), sk: ref.code },
        UpdateExpression: 'SET ackAt = :at, ackBy = :by REMOVE callback',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(ackAt)',
        ExpressionAttributeValues: { ':at': at, ':by': by },
      }));
      const page = await this.get(ref);
      if (page) return { kind: acked ? 'acked' : 'already', page };
    }
    return { kind: 'not-found' };
  }

  async exhaust(ref: PageRef, at: number): Promise<void> {
    await this.write(new UpdateCommand({
      TableName: this.tableName,
      Key: { pk: pagePartition(ref.day), sk: ref.code },
      UpdateExpression: 'SET exhaustedAt = :at REMOVE callback',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(ackAt)',
      ExpressionAttributeValues: { ':at': at },
    }));
  }

  /**
   * Today's and yesterday's pages with this code (codes are unique within a UTC day), the likeliest first: one still
   * open that was sent to this number, then any still open, then the rest.
   */
  private async byCode(code: string, by: string, at: number): Promise<PageRef[]> {
    const pages = (await Promise.all([utcDay(at), utcDay(at - 86_400_000)].map((day) => this.get({ day, code })))).filter((p): p is Page => p !== undefined);
    const rank = (p: Page) => (p.ackAt === undefined ? 0 : 2) + (p.sentTo.includes(by) ? 0 : 1);
    return pages.sort((a, b) => rank(a) - rank(b)).map(({ day, code: c }) => ({ day, code: c }));
  }

  private async pointerOf(number: string): Promise<PageRef[]> {
    const parsed = Pointer.safeParse(await this.read(onCallPartition(number), 'latest'));
    return parsed.success ? [parsed.data] : [];
  }

  private async read(pk: string, sk: string): Promise<unknown> {
    try {
      return (await this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;
    } catch (error) {
      throw new StoreUnavailableError('could not read a page', { cause: error });
    }
  }

  /** A conditional write: true when written, false when its condition held it back. */
  private async write(command: PutCommand | UpdateCommand): Promise<boolean> {
    try {
      // The SDK's overloads take one command type at a time.
      if (command instanceof PutCommand) await this.client.send(command);
      else await this.client.send(command);
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw new StoreUnavailableError('could not write a page', { cause: error });
    }
  }
}

function toPage(item: z.infer<typeof PageItem>): Page {
  const sentTo = item.sentTo instanceof Set ? [...item.sentTo].map(String) : [];
  return {
    day: item.pk.slice('page#'.length), code: item.sk, alertId: item.alertId,
    alert: {
      contact: item.contact, tier: item.tier, rule: item.rule, ...(item.also ? { also: item.also } : {}), channel: item.channel,
      contentVersion: item.contentVersion, inputId: item.inputId, at: item.at, ...(item.callback ? { sealedCallback: item.callback } : {}),
    },
    step: item.step, sentTo, sends: item.sends,
    ...(item.ackAt !== undefined ? { ackAt: item.ackAt } : {}), ...(item.ackBy ? { ackBy: item.ackBy } : {}),
    ...(item.exhaustedAt !== undefined ? { exhaustedAt: item.exhaustedAt } : {}),
  };
}
