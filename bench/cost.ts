import type { UnitCost } from './units.js';

/** us-east-1 on-demand list prices used (from docs/shared platform notes), and when they were read. */
export const PRICES = {
  asOf: '2026-11',
  region: 'us-east-1',
  dynamoPerMillionWru: 0.625,
  dynamoPerMillionRru: 0.125,
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  httpApiPerMillionRequests: 1.0,
  lambdaMemoryMb: 1024,
} as const;

/** Dollars per 1,000 conversations, by component. */
export interface ConversationCost {
  turnsPerConversation: number;
  dynamoWrites: number;
  dynamoReads: number;
  lambdaRequests: number;
  lambdaDuration: number;
  apiGateway: number;
  total: number;
  /** The handler time billed per turn (ms): measured locally, rounded up to Lambda's 1 ms granularity. */
  billedMsPerTurn: number;
}

/**
 * AWS cost of 1,000 conversations of `turns` turns from measured units. Lambda duration is estimated from the
 * measured mean handler time at the configured 1024 MB (arm64); cold-start INIT time is not included.
 */
export function costPer1000(units: UnitCost, handlerMeanMs: number, turns = 10): ConversationCost {
  const n = 1000 * turns;
  const billedMsPerTurn = Math.ceil(handlerMeanMs);
  const dynamoWrites = (n * units.writeUnits * PRICES.dynamoPerMillionWru) / 1e6;
  const dynamoReads = (n * units.readUnits * PRICES.dynamoPerMillionRru) / 1e6;
  const lambdaRequests = (n * PRICES.lambdaPerMillionRequests) / 1e6;
  const lambdaDuration = n * (billedMsPerTurn / 1000) * (PRICES.lambdaMemoryMb / 1024) * PRICES.lambdaArmPerGbSecond;
  const apiGateway = (n * PRICES.httpApiPerMillionRequests) / 1e6;
  return { turnsPerConversation: turns, dynamoWrites, dynamoReads, lambdaRequests, lambdaDuration, apiGateway, total: dynamoWrites + dynamoReads + lambdaRequests + lambdaDuration + apiGateway, billedMsPerTurn };
}
