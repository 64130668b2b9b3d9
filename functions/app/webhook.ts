import type * as z from 'zod/mini';
import { BadRequestError } from '../twilio/errors.js';
import { errorResponse, twimlResponse, type HttpEvent, type HttpResponse } from '../twilio/http.js';
import { firstProblem } from '../twilio/params.js';
import { verifyTwilioRequest } from '../twilio/request.js';
import { withDeadline } from './deadline.js';
import type { Engine } from '../engine/types.js';
import type { AppDeps } from './deps.js';
import { dispatchIntents } from './dispatch.js';
import { describeError } from '../core/log.js';
import { runTurn, type TurnOutcome, type TurnRequest } from './run-turn.js';
import { turnEvents } from './turn-metrics.js';

/** Budget for a turn's side effects after its state is saved; with TURN_TIMEOUT_MS it stays well inside Twilio's 15 s. */
const DISPATCH_TIMEOUT_MS = 4000;

/** The parameters every Twilio webhook carries that say whom it was sent to. */
interface Addressed {
  AccountSid?: string;
  To?: string;
}

/** Why a signed request is not this hotline's to answer (another account, another number), or undefined when it is. */
function misaddressed(config: AppDeps['config'], params: Addressed): string | undefined {
  if (config.TWILIO_ACCOUNT_SID && params.AccountSid !== config.TWILIO_ACCOUNT_SID) return 'AccountSid does not match TWILIO_ACCOUNT_SID';
  if (config.HOTLINE_NUMBERS.length > 0 && !(params.To !== undefined && config.HOTLINE_NUMBERS.includes(params.To))) return 'To is not one of HOTLINE_NUMBERS';
  return undefined;
}

/** What differs between the SMS and voice webhooks; everything else is shared. */
export interface WebhookSpec<P extends Addressed> {
  name: 'sms' | 'voice';
  params: z.ZodMiniType<P>;
  /** The channel's conversation engine (only this one is bundled into the channel's function). */
  engine: Engine;
  /** The turn a verified request asks for. */
  request(deps: AppDeps, params: P, event: HttpEvent, at: number): TurnRequest;
  /** The TwiML answer for a turn that ran (or was a duplicate). */
  render(deps: AppDeps, outcome: TurnOutcome, request: TurnRequest): string;
  /** TwiML for a message that is not a patient's turn (an on-call number's ACK), or undefined to run the turn. */
  staff?(deps: AppDeps, params: P): Promise<string | undefined>;
  /** The TwiML answer when anything failed after verification: an apology and the emergency line. */
  failure(deps: AppDeps): string;
}

/** Verifies a Twilio webhook, runs its turn within the deadline and answers TwiML; a 4xx only for requests Twilio did not sign or could not have sent. */
export async function handleWebhook<P extends Addressed>(deps: AppDeps, event: HttpEvent, spec: WebhookSpec<P>): Promise<HttpResponse> {
  const started = deps.now();
  const { config, log } = deps;
  let params;
  try {
    params = verifyTwilioRequest(event, config.TWILIO_AUTH_TOKEN, config.PUBLIC_BASE_URL).params;
  } catch (error) {
    if (!(error instanceof BadRequestError)) {
      log('error', { event: `${spec.name}.failed`, ...describeError(error) });
      return twimlResponse(spec.failure(deps));
    }
    log('warn', { event: `${spec.name}.rejected`, status: error.status, reason: error.message });
    return errorResponse(error.status, error.message);
  }
  const parsed = spec.params.safeParse(params);
  if (!parsed.success) {
    log('warn', { event: `${spec.name}.rejected`, status: 400, reason: firstProblem(parsed.error) });
    return errorResponse(400, firstProblem(parsed.error));
  }
  // Signed with this hotline's token, but sent for another account or to another number: not ours to answer.
  const elsewhere = misaddressed(config, parsed.data);
  if (elsewhere) {
    log('warn', { event: `${spec.name}.rejected`, status: 403, reason: elsewhere });
    return errorResponse(403, 'not this hotline');
  }
  try {
    const staff = await spec.staff?.(deps, parsed.data);
    if (staff !== undefined) {
      log('info', { event: `${spec.name}.staff`, ms: deps.now() - started });
      return twimlResponse(staff);
    }
    const request = spec.request(deps, parsed.data, event, started);
    const outcome = await withDeadline(config.TURN_TIMEOUT_MS, (signal) => runTurn(deps, request, spec.engine, signal));
    // A repeated input redoes its red flags: the first attempt's record or page may have been lost with its response.
    const intents = outcome.result?.intents ?? outcome.redo?.intents ?? [];
    const asFirst = outcome.redo ? { ...request, turn: { ...request.turn, at: outcome.redo.at } } : request;
    if (intents.length > 0) {
      if (outcome.redo) log('info', { event: 'escalation.redo', replies: intents.length });
      await withDeadline(DISPATCH_TIMEOUT_MS, (signal) => dispatchIntents(deps, asFirst, intents, signal)).catch((error: unknown) =>
        log('error', { event: `${spec.name}.dispatch-late`, ...describeError(error) }),
      );
    }
    const ms = deps.now() - started;
    log('info', { event: `${spec.name}.turn`, ms, attempts: outcome.attempts, duplicate: outcome.duplicate, replies: outcome.replies.length });
    for (const metric of turnEvents(request.turn.channel, outcome, started, ms)) deps.metrics.emit(metric);
    return twimlResponse(spec.render(deps, outcome, request));
  } catch (error) {
    log('error', { event: `${spec.name}.failed`, ms: deps.now() - started, ...describeError(error) });
    return twimlResponse(spec.failure(deps));
  }
}
