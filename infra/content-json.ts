import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/**
 * Copies a content directory, rewriting each `.yaml`/`.yml` file as the JSON of its parsed value under the
 * same name (JSON is valid YAML, so any loader still reads it); other files are copied as they are.
 */
export function copyContentAsJson(source: string, target: string): number {
  mkdirSync(target, { recursive: true });
  let converted = 0;
  for (const name of readdirSync(source)) {
    const from = join(source, name);
    const to = join(target, name);
    if (statSync(from).isDirectory()) {
      converted += copyContentAsJson(from, to);
    } else if (/\.ya?ml$/.test(name)) {
      writeFileSync(to, JSON.stringify(parse(readFileSync(from, 'utf8'))));
      converted += 1;
    } else {
      writeFileSync(to, readFileSync(from));
    }
  }
  return converted;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [source, target] = process.argv.slice(2);
  if (!source || !target) throw new Error('usage: tsx infra/content-json.ts <content dir> <target dir>');
  copyContentAsJson(source, target);
}
