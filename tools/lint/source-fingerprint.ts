import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the source article lives, relative to the project root (the shared folder beside the clone, also on CI). */
export const SOURCE_ARTICLE = '../shared/seed/back-pain-leads-to-leg-pain.txt';

/** Reads the source article for the copying rule; throws a message saying where it was looked for when it is missing. */
export function readSourceArticle(projectRoot: string): string {
  const path = resolve(projectRoot, SOURCE_ARTICLE);
  if (!existsSync(path)) {
    throw new Error(`Source article not found at ${path}: content:check needs it to find text copied from it (expected the shared/ folder beside the project)`);
  }
  return readFileSync(path, 'utf8');
}
