declare module 'dynalite' {
  import type { Server } from 'node:http';
  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }
  /** Creates (but does not start) an HTTP server that speaks the DynamoDB API. */
  export default function dynalite(options?: DynaliteOptions): Server;
}
