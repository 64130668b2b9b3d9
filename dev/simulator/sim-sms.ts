import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../functions/app/deps.js';
import { ROUTES } from '../../functions/core/routes.js';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { zoneFor } from '../../functions/tip-delivery/time-zones.js';
import { inspectSms } from '../../tools/lint/sms-encoding.js';
import { signedPost, smsParams } from '../signed-post.js';
import { messagesOf } from '../twiml.js';
import { explainTriage } from './explain-triage.js';
import type { SimContacts } from './sim-contacts.js';
import type { TwilioOptOuts } from './twilio-opt-outs.js';
import { whyReply } from './why-reply.js';

/** How the simulator reaches the webhooks: the server's own URL, the public URL signatures cover, and the token. */
export interface SimulatorTarget {
  url: string;
  publicBaseUrl: string;
  authToken: string;
}

/** What a simulated text needs: the webhook target, the hotline's deps, and the simulator's memory and Twilio model. */
export interface SimSmsDeps {
  target: SimulatorTarget;
  deps: Pick<AppDeps, 'config' | 'content' | 'store' | 'now'>;
  contacts: SimContacts;
  optOuts: TwilioOptOuts;
}

/** One reply as the phone shows it. */
export interface SimReply {
  text: string;
  segments: number;
  encoding: string;
  blocked?: true;
}

/**
 * Texts the hotline from `from` as Twilio would (signed, with FromState), and records the turn for the simulator:
 * the thread (replies Twilio would block after STOP marked so), the step a golden script replays, and why the
 * reply was chosen (triage explained, escalations from the stored turn). Answers the replies, or the HTTP error.
 */
export async function simulateSms(sim: SimSmsDeps, from: string, body: string, fromState?: string): Promise<{ status: number; replies?: SimReply[]; error?: string }> {
  const { deps, contacts, optOuts } = sim;
  const memory = contacts.of(from);
  if (fromState) memory.fromState = fromState;
  const onCall = deps.config.ON_CALL_NUMBERS.includes(from);
  const key = contactKey(deps.config.PHONE_HASH_KEY, from);
  const before = onCall ? undefined : await deps.store.load(key, deps.now());
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const sentAt = new Date(deps.now()).toISOString();
  const keyword = optOuts.inbound(from, body);
  contacts.add(from, [{ at: sentAt, side: 'out', text: body }]);
  const res = await signedPost(sim.target.url, ROUTES.sms, smsParams(from, body, { FromState: memory.fromState }, sid), sim.target.authToken, sim.target.publicBaseUrl);
  if (res.status !== 200) {
    contacts.add(from, [{ at: sentAt, side: 'note', text: `The webhook refused the text (${res.status}): ${res.body.trim()}` }]);
    return { status: res.status, error: res.body.trim() };
  }
  const blocked = optOuts.isBlocked(from);
  const texts = messagesOf(res.body);
  const replies: SimReply[] = texts.map((text) => {
    const sms = inspectSms(text);
    return { text, segments: sms.segments, encoding: sms.encoding, ...(blocked ? { blocked: true as const } : {}) };
  });
  const at = new Date(deps.now()).toISOString();
  contacts.add(from, [
    ...(keyword ? [{ at, side: 'note' as const, text: keyword === 'opt-out' ? 'Twilio: STOP is an opt-out word. Twilio now blocks every text from the hotline to this phone until it texts START.' : 'Twilio: an opt-in word. Texts from the hotline reach this phone again.' }] : []),
    ...replies.map((r) => ({ at, side: 'in' as const, ...r })),
  ]);
  const after = onCall ? undefined : await deps.store.load(key, deps.now());
  const turn = after?.recent.find((r) => r.id === sid);
  const escalations = turn?.escalations ?? [];
  const lang = after?.state?.lang ?? 'en';
  if (before && after?.state && turn) {
    if (memory.steps.length === 0) memory.fresh = before.state === undefined;
    const topic = after.state.topic;
    memory.steps.push({
      send: body, at: new Date(turn.at).toISOString(), timeZone: zoneFor(memory.fromState), replies: texts,
      intents: escalations.map((e) => `escalate ${e.tier}`), lang, topic: topic?.id ?? null, ...(topic ? { page: topic.page + 1 } : {}),
    });
  }
  memory.why = whyReply(deps.content.triage, {
    input: body, channel: 'sms', ...(onCall ? {} : { explanation: explainTriage(deps.content.triage, body) }),
    ...(before?.state?.pending ? { pendingBefore: before.state.pending } : {}), escalations, replies: texts, lang, onCall, ...(keyword ? { twilio: keyword } : {}),
  });
  return { status: 200, replies };
}
