import * as z from 'zod/mini';

/** Environment variable naming the Secrets Manager secret (a JSON object of string values) merged into the config env. */
const SECRETS_ARN_ENV = 'SECRETS_ARN';

/** Port the AWS Parameters and Secrets Lambda Extension listens on unless its own variable says otherwise. */
const DEFAULT_EXTENSION_PORT = 2773;

/** The secret could not be fetched or is not a JSON object of strings; the message never quotes secret values. */
export class SecretsError extends Error {
  override name = 'SecretsError';
}

/** How to reach the extension; the defaults are the Lambda environment's. */
export interface SecretsOptions {
  host?: string;
  /** Budget for all attempts together, well inside Twilio's 15 s webhook budget. */
  timeoutMs?: number;
  attempts?: number;
}

const ExtensionResponseSchema = z.object({ SecretString: z.string() });
const SecretValuesSchema = z.record(z.string(), z.string());

/**
 * Returns `env` with the key/values of the secret named by SECRETS_ARN merged over it (secret wins),
 * fetched from the Parameters and Secrets extension over localhost; `env` unchanged when SECRETS_ARN is unset.
 * Call once per cold start; throws SecretsError when the budget runs out or the secret is malformed.
 */
export async function withSecrets(
  env: Readonly<Record<string, string | undefined>>,
  options: SecretsOptions = {},
): Promise<Record<string, string | undefined>> {
  const secretId = env[SECRETS_ARN_ENV];
  if (!secretId) return { ...env };
  const values = await fetchSecret(secretId, env, options);
  return { ...env, ...values };
}

async function fetchSecret(
  secretId: string,
  env: Readonly<Record<string, string | undefined>>,
  { host = 'localhost', timeoutMs = 2500, attempts = 3 }: SecretsOptions,
): Promise<Record<string, string>> {
  const port = Number(env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? DEFAULT_EXTENSION_PORT);
  const url = `http://${host}:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`;
  const headers = { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' };
  const signal = AbortSignal.timeout(timeoutMs);
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await fetch(url, { headers, signal });
      const text = await response.text();
      // The extension answers 400 "not ready to serve traffic" while it starts; 5xx when Secrets Manager fails.
      if (response.status === 400 || response.status >= 500) {
        last = new SecretsError(`extension answered ${response.status}`);
      } else if (!response.ok) {
        throw new SecretsError(`extension answered ${response.status}`);
      } else {
        return parseSecret(text);
      }
    } catch (error) {
      if (error instanceof SecretsError || signal.aborted) {
        throw error instanceof SecretsError ? error : new SecretsError(`no secret within ${timeoutMs} ms`, { cause: error });
      }
      last = error;
    }
    if (attempt < attempts) await pause(50 * attempt, signal);
  }
  throw new SecretsError(`secret not fetched after ${attempts} attempts`, { cause: last });
}

function parseSecret(text: string): Record<string, string> {
  let outer: unknown;
  let inner: unknown;
  try {
    outer = JSON.parse(text);
    const envelope = ExtensionResponseSchema.safeParse(outer);
    if (!envelope.success) throw new SecretsError('extension response has no SecretString');
    inner = JSON.parse(envelope.data.SecretString);
  } catch (error) {
    if (error instanceof SecretsError) throw error;
    // No `cause`: JSON.parse messages quote the text they failed on, which may be the secret.
    throw new SecretsError('secret is not JSON');
  }
  const values = SecretValuesSchema.safeParse(inner);
  if (!values.success) throw new SecretsError('secret must be a JSON object of string values');
  return values.data;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
