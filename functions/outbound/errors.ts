/** The recipient has opted out (Twilio error 21610): stop sending to them, do not retry. */
export class OptedOutError extends Error {
  override name = 'OptedOutError';
}

/** The send failed and may succeed later; `retryable` is false for errors that will not change. */
export class SendFailedError extends Error {
  override name = 'SendFailedError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
