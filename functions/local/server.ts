import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppDeps } from '../app/deps.js';
import { describeError } from '../app/log.js';
import { handleSmsWebhook } from '../app/smsWebhook.js';
import { errorResponse, type HttpEvent, type HttpResponse } from '../twilio/http.js';
import { sendGatewayResponse, toGatewayEvent } from './gateway.js';

type Route = (deps: AppDeps, event: HttpEvent) => Promise<HttpResponse>;

/** Webhook routes, the same functions the Lambda handlers wrap. */
export const ROUTES: Readonly<Record<string, Route>> = {
  '/twilio/sms': handleSmsWebhook,
};

/** A running local hotline. */
export interface LocalServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves the webhooks over HTTP on loopback as API Gateway v2 events; `makeDeps` gets the URL it listens on (the default public URL). */
export async function startServer(makeDeps: (url: string) => AppDeps, port: number, host = '127.0.0.1'): Promise<LocalServer & { deps: AppDeps }> {
  let deps: AppDeps | undefined;
  const server = createServer((req, res) => {
    if (!deps) return sendGatewayResponse(res, errorResponse(503, 'starting'));
    const ready = deps;
    void (async () => {
      try {
        const path = new URL(req.url ?? '/', 'http://local').pathname;
        const route = ROUTES[path];
        if (!route) return sendGatewayResponse(res, errorResponse(404, 'not found'));
        const event = await toGatewayEvent(req);
        if (event === 'too-large') return sendGatewayResponse(res, errorResponse(413, 'body too large'));
        sendGatewayResponse(res, await route(ready, event));
      } catch (error) {
        ready.log('error', { event: 'local.failed', ...describeError(error) });
        if (!res.headersSent) sendGatewayResponse(res, errorResponse(500, 'internal error'));
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  deps = makeDeps(url);
  return {
    url,
    deps,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
