import type { Item } from '../../functions/content/schema.js';
import { esc } from './html.js';

/** The review header every section shows: items and the triage rules both carry it. */
export type Reviewed = Pick<Item, 'id' | 'version' | 'reviewed' | 'nextReview' | 'reviewerRole' | 'sources'> & { kind: string };

/** The words an unsigned item's reviewer role carries until a clinician signs it. */
export const PENDING = 'pending sign-off';

/** Whether an item is signed: its reviewer role no longer says "pending sign-off" (the README's review process). */
export function signOffStatus(reviewerRole: string): { signed: boolean; text: string } {
  const signed = !reviewerRole.toLowerCase().includes(PENDING);
  return { signed, text: signed ? 'signed' : PENDING };
}

/**
 * The sign-off table: one row per item (linked to its section) with its version and status, and empty cells to
 * write the reviewer, role, date and signature in; then the overall statement with its own lines. Pure.
 */
export function renderSignOff(items: readonly Reviewed[], heading = 'Sign-off'): string {
  const rows = items.map((item) => {
    const status = signOffStatus(item.reviewerRole);
    const signed = status.signed ? `signed (${esc(item.reviewerRole)}, ${esc(item.reviewed)})` : PENDING;
    return `<tr><td class="text"><a href="#${esc(item.id)}">${esc(item.id)}</a></td><td class="text">${esc(item.version)}</td><td class="text ${status.signed ? 'signed' : 'pending'}">${signed}</td><td></td><td></td><td></td><td></td></tr>`;
  });
  return `<section class="sign-off" id="sign-off"><h2>${esc(heading)}</h2>
<p>Sign each item you have reviewed in both languages for clinical accuracy, safety and plain language. An item stays "${PENDING}" until its reviewer role and review dates are updated from this sheet.</p>
<table class="sign-off"><colgroup><col style="width:17%"><col style="width:6%"><col style="width:13%"><col style="width:19%"><col style="width:14%"><col style="width:10%"><col style="width:21%"></colgroup>
<tr><th>Item</th><th>Version</th><th>Status</th><th>Reviewer</th><th>Role</th><th>Date</th><th>Signature</th></tr>
${rows.join('\n')}</table>
<p>I have reviewed every item signed above.</p>
<table class="sign-off"><tr><th scope="row">Reviewer name</th><td></td></tr><tr><th scope="row">Role</th><td></td></tr>
<tr><th scope="row">Date</th><td></td></tr><tr><th scope="row">Signature</th><td></td></tr></table></section>`;
}
