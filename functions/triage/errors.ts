/** Thrown when triage.yaml (or its raw object) is invalid; the message names the problem and where. */
export class TriageRulesError extends Error {
  override readonly name = 'TriageRulesError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Thrown when the engine asks for a yes/no question or tier that the rules do not define. */
export class UnknownTriageRuleError extends Error {
  override readonly name = 'UnknownTriageRuleError';
  constructor(readonly rule: string) {
    super(`Unknown triage rule "${rule}"`);
  }
}
