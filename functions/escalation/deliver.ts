import type { Content } from '../content/model.js';
import type { Sender } from '../outbound/types.js';
import { alertText } from './page-text.js';
import { signLabel } from '../triage/replies.js';
import { openCallback } from '../privacy/sealed-number.js';
import type { PendingAlert } from '../store/escalation-log.js';

/** What alert delivery needs. */
export interface AlertDeps {
  content: Content;
  sender: Sender;
  onCallNumbers: readonly string[];
  /** The phone-hash secret, from which the callback key is derived. */
  secret: string;
  /** The on-call team's IANA time zone: page times are given in it. */
  timeZone: string;
}

/** How one alert went: numbers paged and numbers that failed. */
export interface AlertDelivery {
  sent: number;
  failed: number;
}

/**
 * Sends one claimed alert to every on-call number, each tried once. Throws only when no number was
 * paged, so a retry (which pages everyone again) never doubles a page someone already has; a
 * partial failure is returned for the caller to log.
 */
export async function deliverAlert(deps: AlertDeps, alert: PendingAlert, signal?: AbortSignal): Promise<AlertDelivery> {
  const callback = alert.sealedCallback ? openCallback(deps.secret, alert.sealedCallback) : undefined;
  const body = alertText(alert, signLabel(deps.content.triage, alert.rule), callback, deps.timeZone);
  const errors: unknown[] = [];
  for (const to of deps.onCallNumbers) {
    try {
      await deps.sender.send({ to, body, kind: 'alert' }, signal);
    } catch (error) {
      errors.push(error);
    }
  }
  const sent = deps.onCallNumbers.length - errors.length;
  if (sent === 0 && errors.length > 0) throw errors[0];
  return { sent, failed: errors.length };
}
