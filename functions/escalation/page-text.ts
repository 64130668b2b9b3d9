import type { Escalation } from '../store/escalation-log.js';
import { type EscalationTier } from '../core/tiers.js';

const TOLD: Record<EscalationTier, string> = {
  emergency: 'told to call 911 now',
  crisis: 'told to call or text 988',
  urgent: 'told to see a doctor or urgent care today',
  soon: 'told to see a doctor within days',
};

/** The local time of `at` in `timeZone`, e.g. "Nov 28 2:05 PM EST". */
function localTime(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(at).replace(',', '');
}

/**
 * The SMS on-call staff receive: tier, the sign in plain words (never the person's words or an internal id),
 * channel, the time in the on-call time zone, the advice given and the number to call back.
 */
export function alertText(escalation: Escalation, sign: string, callback: string | undefined, timeZone: string): string {
  const reach = callback ? `Call back: ${callback}` : 'Number withheld: no callback possible';
  return `Backline ALERT ${escalation.tier.toUpperCase()}: ${sign}. Via ${escalation.channel.toUpperCase()} ${localTime(escalation.at, timeZone)}, ${TOLD[escalation.tier]}. ${reach}`;
}
