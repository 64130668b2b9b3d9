import { parseTriageRules } from './triage-yaml.js';
import type { TriageRules } from '../../functions/triage/schema.js';
import { assembleContent } from '../../functions/content/assemble.js';
import { ContentError } from '../../functions/content/errors.js';
import { LanguageTableSchema } from '../../functions/content/language-table.js';
import type { Content } from '../../functions/content/model.js';
import { itemSchema, type Item } from '../../functions/content/schema.js';

/** A parsed content file and the name to report problems under. */
export interface RawFile {
  source: string;
  data: unknown;
}

/**
 * Validates the language table, then raw items (in exactly the table's languages) and the triage rules against their
 * schemas, then cross-checks and indexes them; throws ContentError listing every problem (the table's alone when it
 * fails, since items are checked against it).
 */
export function buildContent(raw: readonly RawFile[], triageFile: RawFile, languagesFile: RawFile): Content {
  const table = LanguageTableSchema.safeParse(languagesFile.data);
  if (!table.success) throw new ContentError(table.error.issues.map((issue) => `${languagesFile.source}: ${issue.path.join('.') || '(table)'}: ${issue.message}`));
  const rows = table.data.languages;
  const problems: string[] = [];
  let triage: TriageRules | undefined;
  try {
    triage = parseTriageRules(triageFile.data);
  } catch (error) {
    problems.push(`${triageFile.source}: ${(error as Error).message}`);
  }
  const ItemSchema = itemSchema(rows.map((row) => row.code));
  const items: Item[] = [];
  for (const { source, data } of raw) {
    const parsed = ItemSchema.safeParse(data);
    if (parsed.success) items.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`${source}: ${issue.path.join('.') || '(item)'}: ${issue.message}`);
  }
  return assembleContent(items, { source: triageFile.source, rules: triage }, rows, problems);
}
