import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildContent, type RawFile } from './build.js';
import { ContentError } from '../../functions/content/errors.js';
import type { Content } from '../../functions/content/model.js';
import { withSecondOpinion } from './triage-yaml.js';

/** Reads `items/*.yaml`, `triage.yaml` (with `second-opinion.json` beside it) and `languages.yaml` under a content directory and returns validated content (throws ContentError). */
export function loadContent(dir: string): Content {
  const itemsDir = join(dir, 'items');
  const raw = readdirSync(itemsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readYaml(join(itemsDir, f), `items/${f}`));
  const triage = readYaml(join(dir, 'triage.yaml'), 'triage.yaml');
  let data: unknown;
  try {
    data = withSecondOpinion(triage.data, dir);
  } catch (error) {
    throw new ContentError([(error as Error).message]);
  }
  return buildContent(raw, { ...triage, data }, readYaml(join(dir, 'languages.yaml'), 'languages.yaml'));
}

function readYaml(path: string, source: string): RawFile {
  try {
    return { source, data: parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    throw new ContentError([`${source}: ${(error as Error).message}`]);
  }
}
