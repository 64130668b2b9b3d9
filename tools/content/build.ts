import { parseTriageRules } from './triage-yaml.js';
import type { TriageRules } from '../../functions/triage/schema.js';
import { assembleContent } from '../../functions/content/assemble.js';
import type { Content } from '../../functions/content/model.js';
import { ItemSchema, type Item } from '../../functions/content/schema.js';

/** A parsed content file and the name to report problems under. */
export interface RawFile {
  source: string;
  data: unknown;
}

/** Validates raw items and the triage rules against their schemas, then cross-checks and indexes them; throws ContentError listing every problem. */
export function buildContent(raw: readonly RawFile[], triageFile: RawFile): Content {
  const problems: string[] = [];
  let triage: TriageRules | undefined;
  try {
    triage = parseTriageRules(triageFile.data);
  } catch (error) {
    problems.push(`${triageFile.source}: ${(error as Error).message}`);
  }
  const items: Item[] = [];
  for (const { source, data } of raw) {
    const parsed = ItemSchema.safeParse(data);
    if (parsed.success) items.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`${source}: ${issue.path.join('.') || '(item)'}: ${issue.message}`);
  }
  return assembleContent(items, { source: triageFile.source, rules: triage }, problems);
}
