import * as z from 'zod/mini';

/** The parts of an API Gateway HTTP API (payload v2) event that webhooks use; function URLs send the same shape. */
export const HttpEventSchema = z.object({
  rawPath: z.string(),
  rawQueryString: z._default(z.string(), ''),
  headers: z._default(z.record(z.string(), z.string()), {}),
  body: z.optional(z.string()),
  isBase64Encoded: z._default(z.boolean(), false),
  requestContext: z.object({ http: z.object({ method: z.string() }) }),
});
export type HttpEvent = z.input<typeof HttpEventSchema>;

/** An API Gateway v2 / function URL response. */
export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** A 200 TwiML document. */
export function twimlResponse(xml: string): HttpResponse {
  return { statusCode: 200, headers: { 'content-type': 'text/xml; charset=utf-8' }, body: xml };
}

/** A short plain-text client error (400/403/405/413); never a stack trace. */
export function errorResponse(statusCode: number, reason: string): HttpResponse {
  return { statusCode, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${reason}\n` };
}
