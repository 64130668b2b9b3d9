import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { parseScript, replayScript } from '../helpers/golden.js';

/**
 * Golden conversation scripts, written by hand from the fixture content (or exported by the phone simulator, which
 * names its `content`): inputs in, replies expected, replayed through the pure engine with a fixed clock unless a
 * step says `at`. SMS scripts sit in this folder (`send:`), voice scripts in voice/ (`call:`, `press:`, `say:`, `silence:`).
 */
const dir = import.meta.dirname;

for (const sub of ['', 'voice']) {
  const folder = join(dir, sub);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
    const script = parseScript(readFileSync(join(folder, file), 'utf8'));
    describe(`conversation: ${script.name}`, () => {
      it(`replays ${join(sub, file)}`, () => replayScript(join(sub, file), script));
    });
  }
}
