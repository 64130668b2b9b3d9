import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../functions/app/deps.js';
import type { OutboundMessage, Sender } from '../functions/outbound/types.js';
import { runTipDelivery } from '../functions/tip-delivery/deliver.js';
import { buildTipDeps } from '../functions/app/tip-delivery-deps.js';
import { errorResponse } from '../functions/twilio/http.js';
import { jsonResponse, type Route } from './http-server.js';
import type { LocalClock } from './local-clock.js';

/** ISO 8601 with a date and a time, e.g. 2027-03-15T13:05:00Z or 2027-03-15T09:05-04:00. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `POST /_local/clock?at=<ISO time>`: moves the local clock for everything (conversations, alert windows, tips)
 * to that instant and runs what is due by then (`runLadder`: pages' ladder steps, then `runDue`: the tips scheduler), answering the tips it sent.
 */
export function clockRoute(clock: LocalClock, runDue: Route, runLadder: () => Promise<number>): Route {
  return async (event) => {
    if (event.requestContext.http.method !== 'POST') return errorResponse(405, 'use POST');
    const at = new URLSearchParams(event.rawQueryString ?? '').get('at') ?? '';
    if (!ISO_INSTANT.test(at)) return jsonResponse({ error: 'at must be an ISO 8601 instant, e.g. ?at=2027-03-15T13:05:00Z' }, 400);
    clock.set(Date.parse(at));
    await runLadder();
    return runDue(event);
  };
}

/**
 * `POST /_local/scheduler?at=<ISO time>`: runs tips delivery as of that instant, as the scheduled Lambda would,
 * sending through `sender` (the local outbox), and answers what it sent as JSON (numbers included: local only).
 */
export function schedulerRoute(deps: Pick<AppDeps, 'config' | 'content' | 'log' | 'metrics'>, client: DynamoDBDocumentClient, sender: Sender): Route {
  return async (event) => {
    if (event.requestContext.http.method !== 'POST') return errorResponse(405, 'use POST');
    const at = new URLSearchParams(event.rawQueryString ?? '').get('at') ?? '';
    const instant = ISO_INSTANT.test(at) ? Date.parse(at) : Number.NaN;
    if (!Number.isFinite(instant)) return jsonResponse({ error: 'at must be an ISO 8601 instant, e.g. ?at=2027-03-15T13:05:00Z' }, 400);
    const sent: OutboundMessage[] = [];
    const recording: Sender = {
      send: async (message, signal) => {
        await sender.send(message, signal);
        sent.push(message);
      },
    };
    const report = await runTipDelivery(buildTipDeps(deps.config, { client, sender: recording, content: deps.content, log: deps.log, metrics: deps.metrics }), instant);
    const when = new Date(instant).toISOString();
    return jsonResponse({ at: when, sent: sent.map((m) => ({ ...m, at: when })), skipped: report.skipped, failed: report.failed, left: report.left });
  };
}
