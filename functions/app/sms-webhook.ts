import { smsStep } from '../engine/sms.js';
import { type SmsParams, SmsParamsSchema } from '../twilio/sms-params.js';
import { renderSms } from '../twilio/render-sms.js';
import type { HttpEvent, HttpResponse } from '../twilio/http.js';
import { contactKey } from '../privacy/contact-key.js';
import type { AppDeps } from './deps.js';
import { safeReplies } from './safe-reply.js';
import { zoneFor } from '../tip-delivery/time-zones.js';
import { handleWebhook, type WebhookSpec } from './webhook.js';
import { answerOnCall, parseAck } from '../escalation/ack.js';
import { classify } from '../triage/classify.js';

const SMS: WebhookSpec<SmsParams> = {
  name: 'sms',
  params: SmsParamsSchema,
  engine: smsStep,
  request: (deps, sms, _event, at) => ({
    contact: contactKey(deps.config.PHONE_HASH_KEY, sms.From),
    inputId: sms.MessageSid,
    turn: { channel: 'sms', at, text: sms.Body, timeZone: zoneFor(sms.FromState) },
    from: sms.From,
  }),
  render: (_deps, outcome) => renderSms(outcome.replies),
  // Texts from on-call numbers acknowledge pages; they never enter the patient menu.
  staff: async (deps, sms) => {
    if (!deps.config.ON_CALL_NUMBERS.includes(sms.From)) return undefined;
    // A red flag is a red flag whoever sends it: the ordinary turn (triage first) answers it.
    if (parseAck(sms.Body) === undefined && classify(deps.content.triage, sms.Body).tier !== 'none') return undefined;
    const { pages, now, log, metrics, config } = deps;
    const on = { pages, now, log, metrics, secret: config.PHONE_HASH_KEY, timeZone: config.ON_CALL_TIME_ZONE, languages: deps.content.languages };
    return renderSms([{ text: await answerOnCall(on, sms.From, sms.Body) }]);
  },
  failure: (deps) => renderSms(safeReplies(deps.content)),
};

/** One inbound SMS webhook: verify, run the turn within the deadline, answer messaging TwiML; failures after verification still answer safe TwiML. */
export function handleSmsWebhook(deps: AppDeps, event: HttpEvent): Promise<HttpResponse> {
  return handleWebhook(deps, event, SMS);
}
