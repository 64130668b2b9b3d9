/** Fields a log line may carry: names, codes, counts and durations; never phone numbers or message text. */
export interface LogFields {
  event: string;
  route?: string;
  status?: number;
  ms?: number;
  attempts?: number;
  error?: string;
  cause?: string;
  reason?: string;
  duplicate?: boolean;
  replies?: number;
  tier?: string;
  rule?: string;
  channel?: string;
  /** Ladder step of a page (0 = first on-call number). */
  step?: number;
}

/** Writes a structured log line; the typed fields are the whole allow-list. */
export type Logger = (level: 'info' | 'warn' | 'error', fields: LogFields) => void;

/** Pure JSON lines on stdout/stderr (written directly, so Lambda adds no prefix and metric filters like `{ $.event = "escalation" }` match). */
export const jsonLogger: Logger = (level, fields) => {
  const line = `${JSON.stringify({ level, ...fields })}\n`;
  if (level === 'error') process.stderr.write(line);
  else process.stdout.write(line);
};

/** Error name and its cause's name: enough to diagnose, never the message (which may quote input). */
export function describeError(error: unknown): Pick<LogFields, 'error' | 'cause'> {
  const err = error instanceof Error ? error : undefined;
  const cause = err?.cause instanceof Error ? err.cause.name : undefined;
  return { error: err?.name ?? typeof error, ...(cause ? { cause } : {}) };
}
