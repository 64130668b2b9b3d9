import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A test HTTP server listening on loopback. */
export interface Loopback {
  port: number;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Stops listening and drops open connections, so a handler that never answers cannot stall teardown. */
  close(): Promise<void>;
}

/** Starts `server` on a free 127.0.0.1 port. */
export async function listenOnLoopback(server: Server): Promise<Loopback> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
