import { createHmac } from 'node:crypto';

/** Keyed hash of a sender address (phone number or client id): the only contact identifier Backline stores or logs. */
export function contactKey(hashKey: string, from: string): string {
  const address = from.trim().replace(/[\s().-]/g, '').toLowerCase();
  return createHmac('sha256', hashKey).update(address).digest('base64url');
}
