import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildContent } from './build.js';
import type { Content } from './model.js';

/** Reads every `items/*.yaml` under a content directory and returns validated content (throws ContentError). */
export function loadContent(dir: string): Content {
  const itemsDir = join(dir, 'items');
  const raw = readdirSync(itemsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ source: `items/${f}`, data: parse(readFileSync(join(itemsDir, f), 'utf8')) as unknown }));
  return buildContent(raw);
}
