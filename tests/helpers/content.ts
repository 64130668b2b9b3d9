import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../tools/content/load-yaml.js';
import { writeCompiledContent } from '../../infra/content-bundle.js';

/** The small, stable content set the engine and handler tests run on (real content may change freely). */
export const FIXTURE_CONTENT_DIR = join(import.meta.dirname, '../fixtures/content');
export const fixtureContent = loadContent(FIXTURE_CONTENT_DIR);
/** The languages content is written in, in table order (the fixture's table is content/languages.yaml itself). */
export const LANGS = fixtureContent.languages.codes;

/** A fresh directory holding `source` compiled as bundling writes it into a Lambda package (what CONTENT_DIR points at there). */
export function compiledContentDir(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'backline-content-'));
  writeCompiledContent(source, dir);
  return dir;
}
