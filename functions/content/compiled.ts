import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TriageRules } from '../triage/schema.js';
import { assembleContent } from './assemble.js';
import { ContentError } from './errors.js';
import type { Content } from './model.js';
import type { Item } from './schema.js';

/** File name of compiled content inside a Lambda package's content directory. */
export const COMPILED_CONTENT_FILE = 'content.json';
/** Format tag of compiled content; bump it when the envelope or the item shapes change incompatibly. */
export const COMPILED_FORMAT = 'backline-content/1';

interface CompiledContent {
  format: typeof COMPILED_FORMAT;
  version: string;
  items: readonly Item[];
  triage: TriageRules;
}

/** Serializes content that has passed loadContent (schemas, cross-checks) for a Lambda package. */
export function serializeContent(content: Content): string {
  const compiled: CompiledContent = { format: COMPILED_FORMAT, version: content.version, items: content.items, triage: content.triage };
  return JSON.stringify(compiled);
}

/**
 * Reads content compiled at bundling (infra/content-bundle.ts ran the zod schemas and every cross-check, and a
 * bundle is never built from invalid content), so cold start only re-runs the cross-checks and indexes it.
 * Throws ContentError when the file is missing, of another format, or fails a cross-check.
 */
export function readCompiledContent(dir: string): Content {
  const source = join(dir, COMPILED_CONTENT_FILE);
  let compiled: Partial<CompiledContent>;
  try {
    compiled = JSON.parse(readFileSync(source, 'utf8')) as Partial<CompiledContent>;
  } catch (error) {
    throw new ContentError([`${COMPILED_CONTENT_FILE}: ${(error as Error).message}`]);
  }
  if (compiled.format !== COMPILED_FORMAT || !Array.isArray(compiled.items) || typeof compiled.triage !== 'object' || compiled.triage === null) {
    throw new ContentError([`${COMPILED_CONTENT_FILE}: not ${COMPILED_FORMAT} content; rebuild the bundle`]);
  }
  const problems: string[] = [];
  const content = assembleContent(compiled.items, compiled.triage, problems);
  if (content && content.version !== compiled.version) problems.push(`${COMPILED_CONTENT_FILE}: items do not match the compiled version ${String(compiled.version)}`);
  if (!content || problems.length > 0) throw new ContentError(problems);
  return content;
}
