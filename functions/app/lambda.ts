import type { HttpEvent, HttpResponse } from '../twilio/http.js';
import { twimlResponse } from '../twilio/http.js';
import { parseConfig } from './config.js';
import { buildDeps, type AppDeps } from './deps.js';
import { describeError, jsonLogger } from './log.js';

/** Turns a webhook into a Lambda handler: dependencies built once per cold start; if that fails, `fallback` TwiML is answered (never a 5xx). */
export function lambdaHandler(
  name: string,
  webhook: (deps: AppDeps, event: HttpEvent) => Promise<HttpResponse>,
  fallback: () => string,
): (event: HttpEvent) => Promise<HttpResponse> {
  let deps: AppDeps | undefined;
  return async (event) => {
    try {
      deps ??= buildDeps(parseConfig(process.env));
    } catch (error) {
      jsonLogger('error', { event: `${name}.init-failed`, ...describeError(error) });
      return twimlResponse(fallback());
    }
    return webhook(deps, event);
  };
}
