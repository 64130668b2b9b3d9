import { canonicalText } from '../text/canonical.js';
import { normalize } from '../text/normalize.js';
import { isOptOut, type Languages } from '../content/languages.js';
import { contactKey } from '../privacy/contact-key.js';
import type { Logger } from '../core/log.js';
import type { PageBook } from '../store/page-book.js';
import { onCallTime } from './page-text.js';
import type { MetricSink } from '../core/metrics.js';

/** `ACK`, any case, optionally followed by the page's four-digit code ("ack", "ACK 4821", "Ack #4821"). */
const ACK = /^ack\b[\s#:.-]*(\d{4})?[\s.!]*$/;

/** The code an on-call text acknowledges: `{}` for a bare ACK, `{ code }` with one; undefined when it is not an ACK. */
export function parseAck(text: string): { code?: string } | undefined {
  const match = ACK.exec(canonicalText(text).trim());
  if (!match) return undefined;
  return match[1] ? { code: match[1] } : {};
}

/** What answering an on-call number needs. */
export interface OnCallDeps {
  pages: PageBook;
  /** The phone-hash secret: the acknowledging number is recorded as a keyed hash. */
  secret: string;
  timeZone: string;
  now: () => number;
  log: Logger;
  /** Acknowledgements: tier, ladder step and time to ACK only. */
  metrics?: MetricSink;
  /** The content's languages: a STOP in any of them gets the on-call STOP notice. */
  languages: Languages;
}

/**
 * The one-line answer to a text from an on-call number (never the patient menu): an ACK stops that page's
 * ladder and is recorded (keyed hash, time); anything else says how to acknowledge.
 */
export async function answerOnCall(deps: OnCallDeps, from: string, text: string): Promise<string> {
  const ack = parseAck(text);
  const words = normalize(text);
  if (!ack && deps.languages.codes.some((lang) => isOptOut(deps.languages, words, lang))) {
    deps.log('warn', { event: 'page.on-call-opted-out' });
    return 'Backline: this number is on the on-call list. STOP blocks the pages sent to it; text START to get them again.';
  }
  if (!ack) return 'Backline: this number is on the on-call list. To take a page, reply ACK and its 4-digit code.';
  const now = deps.now();
  const by = contactKey(deps.secret, from);
  const outcome = await deps.pages.acknowledge(by, ack.code, now);
  if (outcome.kind === 'not-found') {
    deps.log('warn', { event: 'page.ack-unmatched' });
    return `Backline: no page ${ack.code ? `with code ${ack.code} ` : ''}was found for this number. Reply ACK and the 4-digit code on the page.`;
  }
  const { page } = outcome;
  const tier = page.alert.tier.toUpperCase();
  if (outcome.kind === 'already') {
    const who = page.ackBy === by ? 'by you' : 'by another on-call number';
    return `Backline: page ${page.code} (${tier}) was already taken ${who} at ${onCallTime(page.ackAt ?? now, deps.timeZone, false)}.`;
  }
  deps.log('info', { event: 'page.acked', tier: page.alert.tier, ms: now - page.alert.at, step: page.step });
  deps.metrics?.emit({ kind: 'ack', at: now, tier: page.alert.tier, step: page.step, ms: now - page.alert.at });
  return `Backline: page ${page.code} (${tier}) is yours. No one else will be paged.`;
}
