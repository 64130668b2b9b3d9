/**
 * Builds a Lambda's dependencies once per cold start: the first call starts `init`, later calls share
 * its promise; a failed attempt is forgotten so the next invocation tries again (a secret fixed after a
 * bad deploy is picked up without a new cold start).
 */
export function onceAtColdStart<T>(init: () => Promise<T>): () => Promise<T> {
  let ready: Promise<T> | undefined;
  return () =>
    (ready ??= init().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
}
