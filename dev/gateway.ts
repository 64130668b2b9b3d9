import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpEvent, HttpResponse } from '../functions/twilio/http.js';

/** Bodies above this are refused before the handler sees them (API Gateway's own limit is 10 MB; Twilio's are tiny). */
const MAX_BODY = 1024 * 1024;

/** Reads a Node request into the API Gateway HTTP API v2 event Lambda would receive (body base64-encoded, as API Gateway sends forms). */
export async function toGatewayEvent(req: IncomingMessage): Promise<HttpEvent | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  const url = new URL(req.url ?? '/', 'http://local');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  const method = req.method ?? 'GET';
  return {
    rawPath: url.pathname,
    // Exactly as received: everything after the first '?', further '?' included (the signature covers all of it).
    rawQueryString: (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?') + 1) : '',
    headers,
    body: Buffer.concat(chunks).toString('base64'),
    isBase64Encoded: true,
    requestContext: { http: { method } },
  };
}

/** Writes a Lambda-style response to a Node response. */
export function sendGatewayResponse(res: ServerResponse, response: HttpResponse): void {
  res.writeHead(response.statusCode, response.headers);
  res.end(response.body);
}
