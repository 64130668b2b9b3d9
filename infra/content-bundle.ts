import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPILED_CONTENT_FILE, serializeContent } from '../functions/content/compiled.js';
import { loadContent } from '../tools/content/load-yaml.js';

/**
 * Validates a content directory against the zod schemas and the cross-checks (the style lint stays in
 * `npm run content:check`, whose date rules would make a deploy depend on the day) and writes it as one
 * compiled file into `target`; throws ContentError, failing the bundling and so the deploy, on any problem.
 */
export function writeCompiledContent(source: string, target: string): string {
  const content = loadContent(source);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, COMPILED_CONTENT_FILE), serializeContent(content));
  return content.version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [source, target] = process.argv.slice(2);
  if (!source || !target) throw new Error('usage: tsx infra/content-bundle.ts <content dir> <target dir>');
  writeCompiledContent(source, target);
}
