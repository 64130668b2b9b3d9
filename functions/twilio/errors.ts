/** A webhook request Backline will not act on; `status` is the HTTP code to answer with. */
export class BadRequestError extends Error {
  override name = 'BadRequestError';
  constructor(
    readonly status: 400 | 403 | 413,
    reason: string,
  ) {
    super(reason);
  }
}
