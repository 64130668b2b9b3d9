import type { HttpEvent, HttpResponse } from '../twilio/http.js';
import { twimlResponse } from '../twilio/http.js';
import { readCompiledContent } from '../content/compiled.js';
import { parseConfig } from './config.js';
import { buildDeps, type AppDeps } from './deps.js';
import { onceAtColdStart } from '../core/cold-start.js';
import { describeError, jsonLogger } from '../core/log.js';
import { withSecrets } from './secrets.js';

/** Builds the dependencies from an environment: secrets fetched (when SECRETS_ARN is set), config parsed, compiled content read, clients made. */
export async function initDeps(env: Readonly<Record<string, string | undefined>>): Promise<AppDeps> {
  const config = parseConfig(await withSecrets(env));
  return buildDeps(config, readCompiledContent(config.CONTENT_DIR));
}

/** initDeps for function `name`, counted as a `cold-start` metric event with the time it took. */
export async function coldStart(name: string, env: Readonly<Record<string, string | undefined>>): Promise<AppDeps> {
  const started = Date.now();
  const deps = await initDeps(env);
  deps.metrics.emit({ kind: 'cold-start', at: deps.now(), fn: name, ms: Date.now() - started });
  return deps;
}

/**
 * Turns a webhook into a Lambda handler: secrets and dependencies are built once per cold start (a failed
 * attempt is retried on the next request); while that fails, `fallback` TwiML is answered (never a 5xx).
 */
export function lambdaHandler(
  name: string,
  webhook: (deps: AppDeps, event: HttpEvent) => Promise<HttpResponse>,
  fallback: () => string,
): (event: HttpEvent) => Promise<HttpResponse> {
  const ready = onceAtColdStart(() => coldStart(name, process.env));
  return async (event) => {
    let deps: AppDeps;
    try {
      deps = await ready();
    } catch (error) {
      jsonLogger('error', { event: `${name}.init-failed`, ...describeError(error) });
      return twimlResponse(fallback());
    }
    return webhook(deps, event);
  };
}
