import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const READS = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);

/** Requests and consumed capacity of one operation name. */
export interface OpTally {
  /** Logical calls (one per `send`). */
  calls: number;
  /** HTTP attempts, retries included. */
  attempts: number;
  /** Capacity units DynamoDB (here: dynalite) reported with ReturnConsumedCapacity. */
  units: number;
}

/** Totals over a measured span. */
export interface DynamoTotals {
  calls: number;
  attempts: number;
  reads: number;
  writes: number;
  readUnits: number;
  writeUnits: number;
  byOp: Record<string, OpTally>;
  /** False when some response carried no ConsumedCapacity (units then undercount). */
  capacityReported: boolean;
}

/** Counts DynamoDB requests and consumed capacity seen by instrumented clients (bench and test code only). */
export class DynamoCounter {
  private ops = new Map<string, OpTally>();
  private missing = 0;

  /** Starts a new measured span. */
  reset(): void {
    this.ops = new Map();
    this.missing = 0;
  }

  record(op: string, field: 'calls' | 'attempts' | 'units', amount = 1): void {
    const tally = this.ops.get(op) ?? { calls: 0, attempts: 0, units: 0 };
    tally[field] += amount;
    this.ops.set(op, tally);
  }

  noCapacity(): void {
    this.missing += 1;
  }

  totals(): DynamoTotals {
    const byOp = Object.fromEntries([...this.ops].map(([op, t]) => [op.replace(/Command$/, ''), { ...t }]));
    const sum = (pick: (op: string, t: OpTally) => number) => [...this.ops].reduce((acc, [op, t]) => acc + pick(op, t), 0);
    return {
      calls: sum((_, t) => t.calls),
      attempts: sum((_, t) => t.attempts),
      reads: sum((op, t) => (READS.has(op) ? t.calls : 0)),
      writes: sum((op, t) => (WRITES.has(op) ? t.calls : 0)),
      readUnits: sum((op, t) => (READS.has(op) ? t.units : 0)),
      writeUnits: sum((op, t) => (WRITES.has(op) ? t.units : 0)),
      byOp,
      capacityReported: this.missing === 0,
    };
  }
}

interface CapacityOutput {
  ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }>;
}

/**
 * Adds counting middleware to a client's stack (shared by the document client and its DynamoDB client):
 * logical calls and ReturnConsumedCapacity at `initialize`, HTTP attempts at `deserialize` (inside the retry loop).
 * Production code is untouched; only clients the bench or a test builds are instrumented.
 */
export function instrument(client: DynamoDBDocumentClient, counter: DynamoCounter, askCapacity = true): DynamoDBDocumentClient {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const op = context.commandName ?? 'unknown';
      counter.record(op, 'calls');
      const input = askCapacity ? { ...(args.input as object), ReturnConsumedCapacity: 'TOTAL' } : args.input;
      const result = await next({ ...args, input });
      const consumed = (result.output as CapacityOutput).ConsumedCapacity;
      const units = Array.isArray(consumed) ? consumed.reduce((a, c) => a + (c.CapacityUnits ?? 0), 0) : consumed?.CapacityUnits;
      if (units === undefined) counter.noCapacity();
      else counter.record(op, 'units', units);
      return result;
    },
    { step: 'initialize', name: 'benchCountCalls', override: true },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      counter.record(context.commandName ?? 'unknown', 'attempts');
      return next(args);
    },
    { step: 'deserialize', name: 'benchCountAttempts', override: true },
  );
  return client;
}
