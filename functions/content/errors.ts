/** Content failed validation; `problems` names each item and rule that failed. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}
