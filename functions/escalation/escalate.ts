import { sealCallback } from '../privacy/sealed-number.js';
import { isPhoneNumber } from '../core/phone.js';
import { HOLDING_TIERS } from '../core/tiers.js';
import type { Logger } from '../core/log.js';
import type { Escalation, EscalationLog, PageOutcome } from '../store/escalation-log.js';
import type { StateStore } from '../store/state-store.js';
import { ALERT_TIERS } from './policy.js';

/** A red flag a turn raised (the escalation to record) and where it came from. */
export interface RedFlag extends Omit<Escalation, 'page'> {
  /** The sender's address, sealed into the page as the number to call back when it is a phone number. */
  from?: string;
  /** On a call: the caller's SMS conversation, whose daily tips a red flag holds. */
  holdTipsOf?: string;
}

/** What performing an escalation needs. */
export interface EscalateDeps {
  escalations: EscalationLog;
  store: Pick<StateStore, 'hold'>;
  log: Logger;
  /** The phone-hash secret the callback key derives from. */
  secret: string;
}

/**
 * Performs one escalation, idempotently (a retry or a replayed input finds it done): claims the page for paging
 * tiers first (so a failed record never stops it), then records the escalation saying what became of its page,
 * and on a call holds the caller's tips. Throws the first failure after every step has been tried.
 */
export async function escalate(deps: EscalateDeps, flag: RedFlag, signal?: AbortSignal): Promise<void> {
  const { from, holdTipsOf, ...fields } = flag;
  const escalation: Escalation = fields;
  deps.log('warn', { event: 'escalation', tier: flag.tier, rule: flag.rule, channel: flag.channel });
  const claim: Promise<PageOutcome | undefined> = ALERT_TIERS.has(flag.tier)
    ? deps.escalations.claimAlert(isPhoneNumber(from) ? { ...escalation, sealedCallback: sealCallback(deps.secret, from) } : escalation, signal).then((claimed) => {
        deps.log('info', { event: claimed ? 'alert.claimed' : 'alert.rate-limited', tier: flag.tier });
        return claimed ? 'queued' : 'held';
      })
    : Promise.resolve(undefined);
  const recorded = claim
    .catch((): PageOutcome => 'failed')
    .then((page) => deps.escalations.record(page ? { ...escalation, page } : escalation, signal));
  const steps: Array<Promise<unknown>> = [claim, recorded];
  if (holdTipsOf && HOLDING_TIERS.has(flag.tier)) steps.push(deps.store.hold(holdTipsOf, signal));
  const failed = (await Promise.allSettled(steps)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
