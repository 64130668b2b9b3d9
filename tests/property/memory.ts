import type { Escalation, EscalationLog, PendingAlert } from '../../functions/store/escalation-log.js';
import { StaleStateError } from '../../functions/store/errors.js';
import type { ConversationWrite, StateStore, StoredConversation } from '../../functions/store/state-store.js';

/** A StateStore in memory with the same version check as DynamoDB's conditional write (fast property runs). */
export class MemoryStore implements StateStore {
  readonly items = new Map<string, { v: number; write: ConversationWrite }>();

  async load(contact: string, now: number): Promise<StoredConversation> {
    const item = this.items.get(contact);
    if (!item) return { version: 0, recent: [], seen: '' };
    if (item.write.expiresAt * 1000 <= now) return { version: item.v, recent: [], seen: '' };
    return structuredClone({ version: item.v, state: item.write.state, recent: item.write.recent, seen: item.write.seen ?? '' });
  }

  async save(contact: string, expectedVersion: number, write: ConversationWrite): Promise<void> {
    const current = this.items.get(contact)?.v ?? 0;
    if (current !== expectedVersion) throw new StaleStateError('conversation changed since it was read');
    this.items.set(contact, { v: expectedVersion + 1, write: structuredClone(write) });
  }

  async hold(contact: string): Promise<void> {
    const item = this.items.get(contact);
    if (!item) return;
    this.items.set(contact, { v: item.v + 1, write: { ...item.write, state: { ...item.write.state, hold: true }, due: undefined } });
  }

  version(contact: string): number {
    return this.items.get(contact)?.v ?? 0;
  }
}

/** An EscalationLog in memory: records by input id, one alert claim per contact and tier. */
export class MemoryEscalations implements EscalationLog {
  readonly records = new Map<string, Escalation>();
  readonly alerts: PendingAlert[] = [];

  async record(escalation: Escalation): Promise<void> {
    this.records.set(escalation.inputId, escalation);
  }

  async claimAlert(alert: PendingAlert): Promise<boolean> {
    if (this.alerts.some((a) => a.contact === alert.contact && a.tier === alert.tier)) return false;
    this.alerts.push(alert);
    return true;
  }
}
