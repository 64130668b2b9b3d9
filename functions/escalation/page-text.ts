import type { Escalation } from '../store/escalation-log.js';
import { type EscalationTier } from '../core/tiers.js';

const TOLD: Record<EscalationTier, string> = {
  emergency: 'told to call 911 now',
  crisis: 'told to call or text 988',
  urgent: 'told to see a doctor or urgent care today',
  soon: 'told to see a doctor within days',
};

/** The SMS on-call staff receive: tier, the sign (rule label, never the person's words), channel, time, advice given and the number to call back. */
export function alertText(escalation: Escalation, ruleLabel: string, callback: string | undefined): string {
  const time = new Date(escalation.at).toISOString().slice(0, 16).replace('T', ' ');
  const reach = callback ? `Call back: ${callback}` : 'Number withheld: no callback possible';
  return `Backline ALERT ${escalation.tier.toUpperCase()}: ${ruleLabel}. Via ${escalation.channel.toUpperCase()} at ${time} UTC, ${TOLD[escalation.tier]}. ${reach}`;
}
