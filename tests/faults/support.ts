import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { listenOnLoopback } from '../helpers/loopback.js';

/** What the DynamoDB fault proxy does with the next requests. */
export type Fault =
  | { kind: 'pass' }
  /** Holds every request this long before forwarding it (dropped if the client gave up meanwhile). */
  | { kind: 'slow'; ms: number }
  /** Answers the next `times` requests (all when omitted) as DynamoDB does when throttled, then forwards. */
  | { kind: 'throttle'; times?: number }
  /** Forwards the next `op` request (it takes effect) but resets the connection instead of answering: an ambiguous write. */
  | { kind: 'drop-response'; op: string };

/** An HTTP proxy in front of a DynamoDB endpoint that can slow down or throttle requests; counts what it saw. */
export interface FaultProxy {
  endpoint: string;
  fault: Fault;
  /** Requests received, by X-Amz-Target operation (e.g. GetItem). */
  seen: string[];
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts a fault proxy forwarding to `target` (an http:// DynamoDB endpoint). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  let throttled = 0;
  const proxy: FaultProxy = { endpoint: '', fault: { kind: 'pass' }, seen: [], close: async () => {} };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req);
      const op = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      proxy.seen.push(op);
      const fault = proxy.fault;
      if (fault.kind === 'throttle' && (fault.times === undefined || throttled < fault.times)) {
        throttled += 1;
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `throttle-${throttled}` });
        res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'The level of configured provisioned throughput for the table was exceeded.' }));
        return;
      }
      const drop = fault.kind === 'drop-response' && fault.op === op;
      if (drop) proxy.fault = { kind: 'pass' };
      if (fault.kind === 'slow') {
        await new Promise((r) => setTimeout(r, fault.ms));
        if (req.destroyed || res.destroyed) return;
      }
      const forward = request(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          if (drop) {
            up.resume();
            up.on('end', () => res.socket?.destroy());
            return;
          }
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    })();
  });
  const listening = await listenOnLoopback(server);
  proxy.endpoint = listening.url;
  proxy.close = listening.close;
  return proxy;
}

/** A stand-in for Twilio's Messages API: answers each POST from `script` (then 201), recording what was accepted. */
export interface TwilioStandIn {
  apiBase: string;
  /** Status codes to answer, in order, before accepting everything. */
  script: number[];
  accepted: Array<{ to: string; body: string }>;
  attempts: number;
  close(): Promise<void>;
}

/** Starts the Messages API stand-in. */
export async function startTwilioStandIn(script: number[] = []): Promise<TwilioStandIn> {
  const standIn: TwilioStandIn = { apiBase: '', script, accepted: [], attempts: 0, close: async () => {} };
  const server = createServer((req, res) => {
    void (async () => {
      const form = new URLSearchParams((await bodyOf(req)).toString('utf8'));
      standIn.attempts += 1;
      const status = standIn.script.shift() ?? 201;
      res.writeHead(status, { 'content-type': 'application/json' });
      if (status === 201) standIn.accepted.push({ to: form.get('To') ?? '', body: form.get('Body') ?? '' });
      res.end(JSON.stringify(status === 201 ? { sid: `SM${standIn.accepted.length}` } : { code: status === 429 ? 20429 : 20500, message: 'failure' }));
    })();
  });
  const listening = await listenOnLoopback(server);
  standIn.apiBase = listening.url;
  standIn.close = listening.close;
  return standIn;
}
