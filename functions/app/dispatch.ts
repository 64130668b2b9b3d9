import { sealCallback } from '../privacy/sealed-number.js';
import { isPhoneNumber } from '../core/phone.js';
import { packPages } from '../outbound/pack-pages.js';
import type { Escalation, EscalationLog, PageOutcome, PendingAlert } from '../store/escalation-log.js';
import type { Intent } from '../engine/types.js';
import type { Config } from './config.js';
import type { AppDeps } from './deps.js';
import { describeError } from '../core/log.js';
import type { TurnRequest } from './run-turn.js';
import { ALERT_TIERS, HOLDING_TIERS } from '../core/tiers.js';
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
          const escalation = {
            contact: request.person ?? request.contact,
            tier,
            rule,
            ...(also ? { also } : {}),
            channel: request.turn.channel,
            contentVersion: deps.content.version,
            at: request.turn.at,
            inputId: request.inputId,
          };
          deps.log('warn', { event: 'escalation', tier, rule, channel: request.turn.channel });
          // The page matters most: claim the alert first, so a failed record never stops it; the record then says what became of the page.
          const claim: Promise<PageOutcome | undefined> = ALERT_TIERS.has(tier)
            ? deps.escalations.claimAlert(withCallback(deps, escalation, request.from), signal).then((claimed) => {
                deps.log('info', { event: claimed ? 'alert.claimed' : 'alert.rate-limited', tier });
                return claimed ? 'queued' : 'held';
              })
            : Promise.resolve(undefined);
          const recorded = claim
            .catch((): PageOutcome => 'failed')
            .then((page) => deps.escalations.record(page ? { ...escalation, page } : escalation, signal));
          const steps: Array<Promise<unknown>> = [claim, recorded];
          // A red flag on a call also holds the caller's daily tips, which live in their SMS conversation.
          if (request.turn.channel === 'voice' && request.person && HOLDING_TIERS.has(tier)) steps.push(deps.store.hold(request.person, signal));
          const failed = (await Promise.allSettled(steps)).find((r) => r.status === 'rejected');
          if (failed) throw failed.reason;
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

/** The alert for an escalation, with the sender's number sealed for the callback when it is a phone number. */
function withCallback(deps: DispatchDeps, escalation: Escalation, from: string | undefined): PendingAlert {
  return isPhoneNumber(from) ? { ...escalation, sealedCallback: sealCallback(deps.config.PHONE_HASH_KEY, from) } : escalation;
}
