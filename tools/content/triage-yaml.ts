import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { compileRules } from '../../functions/triage/compile.js';
import { TriageRulesError } from '../../functions/triage/errors.js';
import { TriageRulesSchema, type TriageRules } from '../../functions/triage/schema.js';

/** Validate an already-parsed triage.yaml object; throws TriageRulesError naming each problem. */
export function parseTriageRules(raw: unknown): TriageRules {
  const result = TriageRulesSchema.safeParse(raw);
  if (!result.success) {
    throw new TriageRulesError(`Invalid triage rules:\n${z.prettifyError(result.error)}`, { cause: result.error });
  }
  try {
    compileRules(result.data);
  } catch (e) {
    throw new TriageRulesError(`Invalid triage rules: ${(e as Error).message}`, { cause: e });
  }
  return result.data;
}

/** Read and validate triage rules from a YAML file; throws TriageRulesError with the path and problem. */
export function loadTriageRules(path: string): TriageRules {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new TriageRulesError(`Cannot read triage rules from ${path}: ${(e as Error).message}`, { cause: e });
  }
  try {
    return parseTriageRules(raw);
  } catch (e) {
    if (e instanceof TriageRulesError) throw new TriageRulesError(`${path}: ${e.message}`, { cause: e.cause });
    throw e;
  }
}
