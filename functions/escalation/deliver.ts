import type { Content } from '../content/model.js';
import type { Sender } from '../outbound/types.js';
import { alertText } from './alertText.js';
import { openCallback } from './callback.js';
import type { PendingAlert } from './types.js';

/** What alert delivery needs. */
export interface AlertDeps {
  content: Content;
  sender: Sender;
  onCallNumbers: readonly string[];
  /** The phone-hash secret, from which the callback key is derived. */
  secret: string;
}

/** Sends one claimed alert to every on-call number; throws when any send fails so the caller can retry. */
export async function deliverAlert(deps: AlertDeps, alert: PendingAlert, signal?: AbortSignal): Promise<void> {
  const label = deps.content.triage.rules.find((r) => r.id === alert.rule)?.label ?? alert.rule;
  const callback = alert.sealedCallback ? openCallback(deps.secret, alert.sealedCallback) : undefined;
  const body = alertText(alert, label, callback);
  for (const to of deps.onCallNumbers) await deps.sender.send({ to, body, kind: 'alert' }, signal);
}
