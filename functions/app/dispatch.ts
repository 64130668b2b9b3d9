import { isPhoneNumber } from '../core/phone.js';
import { packPages } from '../outbound/pack-pages.js';
import type { EscalationLog } from '../store/escalation-log.js';
import { escalate } from '../escalation/escalate.js';
import type { Intent } from '../engine/types.js';
import type { Config } from './config.js';
import type { AppDeps } from './deps.js';
import { describeError } from '../core/log.js';
import type { TurnRequest } from './run-turn.js';
import { smsSegments } from '../twilio/segments.js';

/** What intent dispatch needs. */
export type DispatchDeps = Pick<AppDeps, 'content' | 'log' | 'sender' | 'store' | 'metrics'> & { escalations: EscalationLog; config: Pick<Config, 'PHONE_HASH_KEY'> };


/** Performs a turn's side effects after its state is saved. A failure is logged, never thrown: the person's reply matters more. */
export async function dispatchIntents(deps: DispatchDeps, request: TurnRequest, intents: readonly Intent[], signal?: AbortSignal): Promise<void> {
  for (const intent of intents) {
    try {
      switch (intent.type) {
        case 'escalate': {
          const { tier, rule, also } = intent;
          const voice = request.turn.channel === 'voice';
          await escalate({ escalations: deps.escalations, store: deps.store, log: deps.log, secret: deps.config.PHONE_HASH_KEY }, {
            contact: request.person ?? request.contact, tier, rule, ...(also ? { also } : {}), channel: request.turn.channel,
            contentVersion: deps.content.version, at: request.turn.at, inputId: request.inputId, ...(request.from ? { from: request.from } : {}),
            // A red flag on a call also holds the caller's daily tips, which live in their SMS conversation.
            ...(voice && request.person ? { holdTipsOf: request.person } : {}),
          }, signal);
          break;
        }
        case 'text-me-this': {
          const to = request.from;
          if (!isPhoneNumber(to)) break;
          // One message where it fits (Twilio joins up to 1,600 characters), else numbered parts sent one after another, so they arrive in order.
          let sent = 0;
          let segments = 0;
          try {
            for (const body of packPages(intent.texts)) {
              await deps.sender.send({ to, body, kind: 'text-me-this' }, signal);
              sent += 1;
              segments += smsSegments(body);
            }
          } finally {
            deps.log('info', { event: 'text-me-this.sent', replies: sent });
            deps.metrics.emit({ kind: 'text-me-this', at: request.turn.at, channel: request.turn.channel, messages: sent, segments });
          }
          break;
        }
      }
    } catch (error) {
      deps.log('error', { event: 'intent.failed', reason: intent.type, ...describeError(error) });
    }
  }
}
