import { type EscalationTier } from '../core/tiers.js';
import type { TriageRules } from '../triage/schema.js';
import { signLabel } from '../triage/replies.js';
import type { Page } from '../store/page-book.js';

/** What the person was told, by tier, as staff read it on a page. */
export const ADVICE_GIVEN: Readonly<Record<EscalationTier, string>> = {
  emergency: 'told to call 911 now',
  crisis: 'told to call or text 988',
  urgent: 'told to see a doctor or urgent care today',
  soon: 'told to see a doctor within days',
};

/** A page fits two GSM-7 segments (2 x 153 characters); the labels and fixed words are plain ASCII. */
export const PAGE_MAX_CHARS = 306;

/** The time of `at` in the on-call `timeZone`, as pages and ACK replies give it: "Nov 28 2:05 PM EST", or "2:05 PM EST" without the date. */
export function onCallTime(at: number, timeZone: string, withDate = true): string {
  const date = withDate ? { month: 'short', day: 'numeric' } as const : {};
  return new Intl.DateTimeFormat('en-US', { timeZone, ...date, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(at).replace(',', '');
}

/** Every sign found, in plain words (never an id), each once, the deciding sign first. */
export function signsOf(rules: TriageRules, page: Pick<Page, 'alert'>): string[] {
  return [...new Set([page.alert.rule, ...(page.alert.also ?? [])].map((id) => signLabel(rules, id)))];
}

/**
 * The SMS on-call staff receive: the tier in words, every sign found in plain words (as many as fit; never the
 * person's words or an internal id), channel, the time in the on-call time zone, the advice given, the number
 * to call back and how to acknowledge; at most PAGE_MAX_CHARS (two segments).
 */
export function pageText(rules: TriageRules, page: Pick<Page, 'alert' | 'code'>, step: number, callback: string | undefined, timeZone: string): string {
  const { alert, code } = page;
  const head = `Backline ${alert.tier.toUpperCase()} page ${code}${step > 0 ? ' (no ACK yet)' : ''}: `;
  const reach = callback ? `Call back ${callback}.` : 'Number withheld, no callback.';
  const tail = `. Via ${alert.channel.toUpperCase()} ${onCallTime(alert.at, timeZone)}, ${ADVICE_GIVEN[alert.tier]}. ${reach} Reply ACK ${code} to take it.`;
  const signs = signsOf(rules, page);
  for (let shown = signs.length; shown > 0; shown--) {
    const more = signs.length - shown;
    const text = `${head}${signs.slice(0, shown).join('; ')}${more > 0 ? ` (+${more} more)` : ''}${tail}`;
    if (text.length <= PAGE_MAX_CHARS) return text;
  }
  return `${head}${(signs[0] ?? '').slice(0, Math.max(0, PAGE_MAX_CHARS - head.length - tail.length))}${tail}`;
}
