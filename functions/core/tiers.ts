import * as z from 'zod/mini';

/** Triage tiers as the clinical brief names them, most severe first: the first tier found in a message wins. */
export const TIERS = ['emergency', 'crisis', 'urgent', 'soon', 'none'] as const;
/** A triage tier. */
export type Tier = (typeof TIERS)[number];

/** Tiers that call for action (every tier but `none`), most severe first. */
const ESCALATION_TIERS = ['emergency', 'crisis', 'urgent', 'soon'] as const;
/** A tier that calls for action. */
export type EscalationTier = (typeof ESCALATION_TIERS)[number];
/** A tier that calls for action, parsed (stored state, stored alert items). */
export const EscalationTierSchema = z.enum(ESCALATION_TIERS);

/** Tiers after which recurring messages (daily tips) wait until the contact texts RESUME (the engine sets the hold, so it lives here; paging policy is in escalation/policy). */
export const HOLDING_TIERS: ReadonlySet<EscalationTier> = new Set(['emergency', 'crisis', 'urgent']);
/** True for the tiers whose advice is to call 911 or 988 now: nothing else in the message matters. */
export function isImmediate(tier: Tier): tier is 'emergency' | 'crisis' {
  return tier === 'emergency' || tier === 'crisis';
}

/** Lower is more severe (the index in TIERS). */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}
