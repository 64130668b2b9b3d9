import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
    raw = withSecondOpinion(parse(readFileSync(path, 'utf8')), dirname(path));
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

/** File name of the second opinion's weights beside triage.yaml (written by `npm run triage:train`). */
export const SECOND_OPINION_FILE = 'second-opinion.json';

/**
 * Parsed triage.yaml data joined with the second opinion's weights from SECOND_OPINION_FILE in `dir` (its zod schema
 * runs with the rules'); without that file the data is returned as it is, and classify reads the rules alone.
 */
export function withSecondOpinion(triage: unknown, dir: string): unknown {
  const file = join(dir, SECOND_OPINION_FILE);
  if (!existsSync(file) || typeof triage !== 'object' || triage === null) return triage;
  let model: unknown;
  try {
    model = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new TriageRulesError(`Cannot read ${SECOND_OPINION_FILE}: ${(e as Error).message}`, { cause: e });
  }
  return { ...triage, secondOpinion: model };
}
