import type { EscalationTier } from '../core/tiers.js';

/** Tiers that page on-call staff (a `soon` sign is recorded, not paged). */
export const ALERT_TIERS: ReadonlySet<EscalationTier> = new Set(['emergency', 'crisis', 'urgent']);
