import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConversationStateSchema } from '../engine/state.js';
import { ConversationItemSchema } from './conversation-item.js';
import { StaleStateError, StoreUnavailableError } from './errors.js';
import type { ConversationWrite, StateStore, StoredConversation } from './state-store.js';
import { contactPartition, DUE_INDEX, dueAttributes, STATE_SORT_KEY, TIPS_ATTRS } from './keys.js';

/** StateStore on one DynamoDB table: GetItem (consistent) to load, PutItem conditioned on the version to save (with the `byDue` keys when a tip is due). */
export class DynamoStateStore implements StateStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async load(contact: string, now: number, signal?: AbortSignal): Promise<StoredConversation> {
    const out = await this.call(() =>
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { pk: contactPartition(contact), sk: STATE_SORT_KEY }, ConsistentRead: true }),
        { abortSignal: signal },
      ),
    );
    if (!out.Item) return { version: 0, recent: [], seen: '' };
    const item = ConversationItemSchema.safeParse(out.Item);
    if (!item.success) throw new StoreUnavailableError('stored conversation has an unexpected shape', { cause: item.error });
    const { v, ttl, recent, seen } = item.data;
    if (ttl * 1000 <= now) return { version: v, recent: [], seen: '' };
    const state = ConversationStateSchema.safeParse(item.data.state);
    return { version: v, recent, seen, ...(state.success ? { state: state.data } : {}) };
  }

  async save(contact: string, expectedVersion: number, write: ConversationWrite, signal?: AbortSignal): Promise<void> {
    const first = expectedVersion === 0;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: contactPartition(contact), sk: STATE_SORT_KEY, v: expectedVersion + 1, ttl: write.expiresAt, state: write.state, recent: write.recent, seen: write.seen ?? '',
            // PutItem replaces the item: with no tip due, the index keys, the sealed number and any retry marker go.
            ...(write.due !== undefined ? dueAttributes(contact, write.due) : {}),
            ...(write.due !== undefined && write.sealedAddress ? { [TIPS_ATTRS.address]: write.sealedAddress } : {}),
          },
          ConditionExpression: first ? 'attribute_not_exists(pk)' : 'v = :expected',
          ...(first ? {} : { ExpressionAttributeValues: { ':expected': expectedVersion } }),
        }),
        { abortSignal: signal },
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException') throw new StaleStateError('conversation changed since it was read', { cause: error });
      throw new StoreUnavailableError('could not save the conversation', { cause: error });
    }
  }

  async hold(contact: string, signal?: AbortSignal): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: contactPartition(contact), sk: STATE_SORT_KEY },
          UpdateExpression: 'SET v = v + :one, #state.#hold = :true REMOVE #dpk, #dsk, #addr',
          ConditionExpression: 'attribute_exists(pk) AND attribute_type(#state, :map)',
          ExpressionAttributeNames: { '#state': 'state', '#hold': 'hold', '#addr': TIPS_ATTRS.address, '#dpk': DUE_INDEX.partition, '#dsk': DUE_INDEX.sort },
          ExpressionAttributeValues: { ':one': 1, ':true': true, ':map': 'M' },
        }),
        { abortSignal: signal },
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return;
      throw new StoreUnavailableError('could not hold recurring messages', { cause: error });
    }
  }

  private async call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw new StoreUnavailableError('could not read the conversation', { cause: error });
    }
  }
}
