import { BadRequestError } from '../twilio/errors.js';
import { errorResponse, twimlResponse, type HttpEvent, type HttpResponse } from '../twilio/http.js';
import { firstProblem, SmsParamsSchema } from '../twilio/params.js';
import { renderSms } from '../twilio/renderSms.js';
import { verifyTwilioRequest } from '../twilio/request.js';
import { contactKey } from './contactKey.js';
import { withDeadline } from './deadline.js';
import type { AppDeps } from './deps.js';
import { describeError } from './log.js';
import { runTurn } from './runTurn.js';
import { safeReplies } from './safeReply.js';

/** One inbound SMS webhook: verify, run the turn within the deadline, answer TwiML; failures after verification still answer safe TwiML. */
export async function handleSmsWebhook(deps: AppDeps, event: HttpEvent): Promise<HttpResponse> {
  const started = deps.now();
  const { config, log } = deps;
  let params;
  try {
    params = verifyTwilioRequest(event, config.TWILIO_AUTH_TOKEN, config.PUBLIC_BASE_URL).params;
  } catch (error) {
    if (!(error instanceof BadRequestError)) {
      log('error', { event: 'sms.failed', ...describeError(error) });
      return twimlResponse(renderSms(safeReplies(deps.content)));
    }
    log('warn', { event: 'sms.rejected', status: error.status, reason: error.message });
    return errorResponse(error.status, error.message);
  }
  const sms = SmsParamsSchema.safeParse(params);
  if (!sms.success) {
    log('warn', { event: 'sms.rejected', status: 400, reason: firstProblem(sms.error) });
    return errorResponse(400, firstProblem(sms.error));
  }
  const request = {
    contact: contactKey(config.PHONE_HASH_KEY, sms.data.From),
    inputId: sms.data.MessageSid,
    turn: { channel: 'sms' as const, at: started, text: sms.data.Body },
    from: sms.data.From,
  };
  try {
    const outcome = await withDeadline(config.TURN_TIMEOUT_MS, (signal) => runTurn(deps, request, signal));
    log('info', { event: 'sms.turn', ms: deps.now() - started, attempts: outcome.attempts, duplicate: outcome.duplicate, replies: outcome.replies.length });
    return twimlResponse(renderSms(outcome.replies));
  } catch (error) {
    log('error', { event: 'sms.failed', ms: deps.now() - started, ...describeError(error) });
    return twimlResponse(renderSms(safeReplies(deps.content)));
  }
}
