/** The work did not finish within its time budget. */
class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/** Runs `work` with an AbortSignal that fires after `ms`; rejects with DeadlineError at the deadline even if the work ignores the signal. */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlineError(`no result within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
