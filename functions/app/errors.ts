/** A turn kept losing the optimistic-lock race; the caller answers with the safe reply. */
export class TooManyConflictsError extends Error {
  override name = 'TooManyConflictsError';
}
