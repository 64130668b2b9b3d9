import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConversationStateSchema } from '../engine/state.js';
import type { ConversationState } from '../engine/types.js';
import { ConversationItemSchema, type RetryMarker } from './conversation-item.js';
import { StoreUnavailableError } from './errors.js';
import { contactOf, contactPartition, DUE_INDEX, dueAttributes, dueBuckets, dueSortBefore, STATE_SORT_KEY, TIPS_ATTRS } from './keys.js';

/** A state item in the `byDue` index, as the scheduler reads it. */
export interface DueItem {
  /** Keyed hash of the contact. */
  contact: string;
  v: number;
  /** Epoch seconds; an item past it is gone (TTL deletion lags). */
  ttl: number;
  /** Undefined when the stored state no longer parses. */
  state?: ConversationState;
  /** The sealed number, present while a tip is due. */
  address?: string;
  retry?: RetryMarker;
  /** Current `byDue` sort key, if any. */
  dueSk?: string;
}

/** A conditional change to one state item, made only if its version is still `v` (and it then becomes `v + 1`). */
export interface DueChange {
  /** Replaces the state; omitted leaves it. */
  state?: ConversationState;
  /** Next due instant; undefined takes the item out of the index. */
  due: number | undefined;
  /** Written when given; otherwise any retry marker is removed. */
  retry?: RetryMarker;
  /** A sealed number writes it, null removes it, undefined leaves it. */
  address?: string | null;
  /** New expiry (epoch seconds); omitted leaves it. */
  ttl?: number;
}

/** The scheduler's view of the table: due items by index bucket, a consistent re-read, and version-checked changes. */
export interface DueTable {
  /** Pages of items due at or before `now`, in buckets from `since`, oldest bucket first. */
  due(since: number, now: number): AsyncIterable<DueItem[]>;
  /** One contact's item, strongly consistent; undefined when it is gone. */
  get(contact: string): Promise<DueItem | undefined>;
  /** Applies `change` if the item is still at version `v`; false when it changed since (nothing written). */
  commit(item: Pick<DueItem, 'contact' | 'v'>, change: DueChange): Promise<boolean>;
}

const NAMES = {
  '#pk': 'pk', '#v': 'v', '#ttl': 'ttl', '#state': 'state', '#addr': TIPS_ATTRS.address, '#retry': TIPS_ATTRS.retry,
  '#dpk': DUE_INDEX.partition, '#dsk': DUE_INDEX.sort,
};
/** Everything but the conversation's recent inputs, which the scheduler never needs. */
const PROJECTION = '#pk, #v, #ttl, #state, #addr, #retry, #dsk';

/** DueTable on the Backline table and its `byDue` index. */
export class DynamoDueTable implements DueTable {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async *due(since: number, now: number): AsyncIterable<DueItem[]> {
    for (const bucket of dueBuckets(since, now)) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.call('could not query due tips', () =>
          this.client.send(
            new QueryCommand({
              TableName: this.tableName,
              IndexName: DUE_INDEX.name,
              KeyConditionExpression: '#dpk = :bucket AND #dsk < :before',
              ProjectionExpression: PROJECTION,
              ExpressionAttributeNames: namesIn(PROJECTION, '#dpk #dsk'),
              ExpressionAttributeValues: { ':bucket': bucket, ':before': dueSortBefore(now) },
              ...(start ? { ExclusiveStartKey: start } : {}),
            }),
          ),
        );
        const items = (page.Items ?? []).map(toDueItem).filter((i): i is DueItem => i !== undefined);
        if (items.length > 0) yield items;
        start = page.LastEvaluatedKey;
      } while (start);
    }
  }

  async get(contact: string): Promise<DueItem | undefined> {
    const out = await this.call('could not read a due tip', () =>
      this.client.send(
        new GetCommand({
          TableName: this.tableName, Key: { pk: contactPartition(contact), sk: STATE_SORT_KEY }, ConsistentRead: true,
          ProjectionExpression: PROJECTION, ExpressionAttributeNames: namesIn(PROJECTION),
        }),
      ),
    );
    return out.Item ? toDueItem(out.Item) : undefined;
  }

  async commit(item: Pick<DueItem, 'contact' | 'v'>, change: DueChange): Promise<boolean> {
    const set: string[] = ['#v = :next'];
    const remove: string[] = [];
    const values: Record<string, unknown> = { ':v': item.v, ':next': item.v + 1 };
    const assign = (name: string, value: unknown) => {
      set.push(`#${name} = :${name}`);
      values[`:${name}`] = value;
    };
    if (change.state) assign('state', change.state);
    if (change.ttl !== undefined) assign('ttl', change.ttl);
    if (change.due === undefined) remove.push('#dpk', '#dsk');
    else {
      const keys = dueAttributes(item.contact, change.due);
      assign('dpk', keys[DUE_INDEX.partition]);
      assign('dsk', keys[DUE_INDEX.sort]);
    }
    if (change.retry) assign('retry', change.retry);
    else remove.push('#retry');
    if (typeof change.address === 'string') assign('addr', change.address);
    else if (change.address === null) remove.push('#addr');
    const update = `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`;
    const condition = 'attribute_exists(#pk) AND #v = :v';
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: contactPartition(item.contact), sk: STATE_SORT_KEY },
          UpdateExpression: update,
          ConditionExpression: condition,
          ExpressionAttributeNames: namesIn(update, condition),
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw new StoreUnavailableError('could not update a due tip', { cause: error });
    }
  }

  private async call<T>(message: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw new StoreUnavailableError(message, { cause: error });
    }
  }
}

/** The attribute-name placeholders the expressions use (DynamoDB rejects unused ones). */
function namesIn(...expressions: string[]): Record<string, string> {
  const used = new Set(expressions.join(' ').match(/#\w+/g));
  return Object.fromEntries(Object.entries(NAMES).filter(([name]) => used.has(name)));
}

/** Parses an item read back; undefined for one that is not a state item (never acted on). */
function toDueItem(raw: Record<string, unknown>): DueItem | undefined {
  const parsed = ConversationItemSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { pk, v, ttl, state, addr, retry, dueSk } = parsed.data;
  const conversation = ConversationStateSchema.safeParse(state);
  return {
    contact: contactOf(pk) ?? pk, v, ttl,
    ...(conversation.success ? { state: conversation.data } : {}),
    ...(addr !== undefined ? { address: addr } : {}),
    ...(retry !== undefined ? { retry } : {}),
    ...(dueSk !== undefined ? { dueSk } : {}),
  };
}
