import { BadRequestError } from './errors.js';
import { HttpEventSchema, type HttpEvent } from './http.js';
import { isValidSignature, type FormParams } from './signature.js';


/** Largest body accepted: Twilio's own requests stay far below this (an SMS Body is at most 1600 characters). */
const MAX_BODY_BYTES = 64 * 1024;

/** A verified webhook request: its path and parameters. */
export interface VerifiedRequest {
  path: string;
  params: FormParams;
}

/** Decodes a webhook event, checks method, type and size, and verifies X-Twilio-Signature against the public URL; throws BadRequestError. */
export function verifyTwilioRequest(event: HttpEvent, authToken: string, publicBaseUrl: string): VerifiedRequest {
  const parsed = HttpEventSchema.safeParse(event);
  if (!parsed.success) throw new BadRequestError(400, 'not an HTTP request event');
  const { rawPath, rawQueryString, headers, body, isBase64Encoded, requestContext } = parsed.data;
  if (requestContext.http.method.toUpperCase() !== 'POST') throw new BadRequestError(400, 'only POST is accepted');
  const contentType = header(headers, 'content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(contentType)) throw new BadRequestError(400, 'body must be application/x-www-form-urlencoded');
  const raw = isBase64Encoded ? Buffer.from(body ?? '', 'base64') : Buffer.from(body ?? '', 'utf8');
  if (raw.byteLength > MAX_BODY_BYTES) throw new BadRequestError(413, 'body too large');
  const params = parseForm(raw.toString('utf8'));
  const signature = header(headers, 'x-twilio-signature');
  const url = `${publicBaseUrl}${rawPath}${rawQueryString ? `?${rawQueryString}` : ''}`;
  if (!signature || !isValidSignature(authToken, signature, url, params)) throw new BadRequestError(403, 'invalid or missing X-Twilio-Signature');
  return { path: rawPath, params };
}

/** Parses an x-www-form-urlencoded body (`+` is a space), keeping blank values and repeated names. */
export function parseForm(body: string): FormParams {
  const params: FormParams = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const existing = params[name];
    if (existing === undefined) params[name] = value;
    else params[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params;
}

function header(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}
