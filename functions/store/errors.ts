/** Another turn for the same contact saved first; re-run the turn on fresh state. */
export class StaleStateError extends Error {
  override name = 'StaleStateError';
}

/** The state store failed or timed out; the cause keeps the backend error. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
