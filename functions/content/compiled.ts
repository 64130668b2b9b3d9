import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleContent } from './assemble.js';
import { ContentError } from './errors.js';
import type { Content } from './model.js';
import type { LanguageRow } from './language-table.js';

/** File name of compiled content inside a Lambda package's content directory. */
export const COMPILED_CONTENT_FILE = 'content.json';
/** Format tag of compiled content; bump it when the envelope or the item shapes change incompatibly. */
const COMPILED_FORMAT = 'backline-content/1';

type CompiledContent = Pick<Content, 'version' | 'items' | 'triage'> & { format: typeof COMPILED_FORMAT; languages: readonly LanguageRow[] };

/** Serializes content that has passed loadContent (schemas and cross-checks) for a Lambda package. */
export function serializeContent(content: Content): string {
  const languages = content.languages.list.map((l) => l.row);
  const compiled: CompiledContent = { format: COMPILED_FORMAT, version: content.version, items: content.items, triage: content.triage, languages };
  return JSON.stringify(compiled);
}

/**
 * Reads content compiled at bundling (infra/content-bundle.ts ran the zod schemas and the cross-checks, and no
 * bundle is built from content that fails them), so cold start re-runs only the cross-checks and indexes it.
 * Throws ContentError when the file is missing, unreadable, of another format, fails a cross-check or does not
 * match its compiled version.
 */
export function readCompiledContent(dir: string): Content {
  let compiled: Partial<CompiledContent>;
  try {
    compiled = JSON.parse(readFileSync(join(dir, COMPILED_CONTENT_FILE), 'utf8')) as Partial<CompiledContent>;
  } catch (error) {
    throw new ContentError([`${COMPILED_CONTENT_FILE}: ${(error as Error).message}`]);
  }
  if (compiled.format !== COMPILED_FORMAT || !Array.isArray(compiled.items) || typeof compiled.triage !== 'object' || compiled.triage === null || !Array.isArray(compiled.languages)) {
    throw new ContentError([`${COMPILED_CONTENT_FILE}: not ${COMPILED_FORMAT} content; rebuild the bundle`]);
  }
  let content: Content;
  try {
    content = assembleContent(compiled.items, { source: COMPILED_CONTENT_FILE, rules: compiled.triage }, compiled.languages);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError([`${COMPILED_CONTENT_FILE}: items are not shaped as compiled content (${(error as Error).name}); rebuild the bundle`]);
  }
  if (content.version !== compiled.version) throw new ContentError([`${COMPILED_CONTENT_FILE}: items do not match the compiled version ${String(compiled.version)}`]);
  return content;
}
