import { sealCallback } from '../escalation/callback.js';
import { ALERT_TIERS, type EscalationLog } from '../escalation/types.js';
import type { Intent } from '../engine/types.js';
import type { Config } from './config.js';
import type { AppDeps } from './deps.js';
import { describeError } from './log.js';
import type { TurnRequest } from './runTurn.js';

/** What intent dispatch needs. */
export type DispatchDeps = Pick<AppDeps, 'content' | 'log' | 'sender'> & { escalations: EscalationLog; config: Pick<Config, 'PHONE_HASH_KEY'> };

/** A number staff can call back: E.164 only (not `anonymous`, `client:...` or a short code). */
export const CALLABLE = /^\+[1-9]\d{7,14}$/;

/** Performs a turn's side effects after its state is saved. A failure is logged, never thrown: the person's reply matters more. */
export async function dispatchIntents(deps: DispatchDeps, request: TurnRequest, intents: readonly Intent[], signal?: AbortSignal): Promise<void> {
  for (const intent of intents) {
    try {
      switch (intent.type) {
        case 'escalate': {
          const { tier, rule } = intent;
          const escalation = {
            contact: request.person ?? request.contact,
            tier,
            rule,
            channel: request.turn.channel,
            contentVersion: deps.content.version,
            at: request.turn.at,
            inputId: request.inputId,
          };
          deps.log('warn', { event: 'escalation', tier, rule, channel: request.turn.channel });
          await deps.escalations.record(escalation, signal);
          if (!ALERT_TIERS.has(tier)) break;
          const callback = request.from && CALLABLE.test(request.from) ? sealCallback(deps.config.PHONE_HASH_KEY, request.from) : undefined;
          const claimed = await deps.escalations.claimAlert({ ...escalation, ...(callback ? { sealedCallback: callback } : {}) }, signal);
          deps.log('info', { event: claimed ? 'alert.claimed' : 'alert.rate-limited', tier });
          break;
        }
        case 'text-me-this': {
          if (!request.from || !CALLABLE.test(request.from)) break;
          for (const body of intent.texts) await deps.sender.send({ to: request.from, body, kind: 'text-me-this' }, signal);
          deps.log('info', { event: 'text-me-this.sent', replies: intent.texts.length });
          break;
        }
      }
    } catch (error) {
      deps.log('error', { event: 'intent.failed', reason: intent.type, ...describeError(error) });
    }
  }
}
