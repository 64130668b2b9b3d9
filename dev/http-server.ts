import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorResponse, type HttpEvent, type HttpResponse } from '../functions/twilio/http.js';
import { sendGatewayResponse, toGatewayEvent } from './gateway.js';

/** A request handler in Lambda's shape. */
export type Route = (event: HttpEvent) => Promise<HttpResponse>;

/** A running local HTTP server. */
export interface LocalServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves `routes` (by exact path) on loopback, each request passed as an API Gateway v2 event; `makeRoutes` gets the URL it listens on. */
export async function startServer(makeRoutes: (url: string) => Readonly<Record<string, Route>>, port: number, host = '127.0.0.1'): Promise<LocalServer> {
  let routes: Readonly<Record<string, Route>> | undefined;
  let url = '';
  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (!routes) return sendGatewayResponse(res, { ...errorResponse(503, 'starting'), headers: { ...errorResponse(503, 'starting').headers, 'retry-after': '1' } });
        const path = new URL(req.url ?? '/', 'http://local').pathname;
        const route = routes[path];
        if (!route) return sendGatewayResponse(res, errorResponse(404, 'not found'));
        if (!path.startsWith('/twilio/') && crossSite(req.headers, url)) return sendGatewayResponse(res, errorResponse(403, 'local pages answer only this machine'));
        const event = await toGatewayEvent(req);
        if (event === 'too-large') return sendGatewayResponse(res, errorResponse(413, 'body too large'));
        sendGatewayResponse(res, await route(event));
      } catch (error) {
        console.error(JSON.stringify({ level: 'error', event: 'local.failed', error: (error as Error).name }));
        if (!res.headersSent) sendGatewayResponse(res, errorResponse(500, 'internal error'));
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  url = `http://${host}:${(server.address() as AddressInfo).port}`;
  try {
    routes = makeRoutes(url);
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * True for a request another web site made or read through this server (a cross-site POST, or DNS rebinding):
 * the Host is not this server's loopback address, or the Origin is another site. Only the Twilio webhooks, which
 * check their signature, may be reached through a tunnel.
 */
function crossSite(headers: IncomingHttpHeaders, url: string): boolean {
  const own = new URL(url);
  const hosts = new Set([own.host, `localhost:${own.port}`, `[::1]:${own.port}`]);
  if (headers.host !== undefined && !hosts.has(headers.host)) return true;
  if (headers.origin === undefined) return false;
  try {
    return !hosts.has(new URL(headers.origin).host);
  } catch {
    return true; // "null" (a sandboxed or file page) or garbage
  }
}

/** A JSON response for the local inspection routes. */
export function jsonResponse(value: unknown, statusCode = 200): HttpResponse {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value, null, 2) };
}
