import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fixtureLanguages, fixtureTriage, goodItems, topicLang } from '../helpers/lint-fixture.js';

const root = new URL('../../', import.meta.url).pathname;
const dirs: string[] = [];

/** Writes the fixture items and triage rules as YAML into a fresh content directory, with reviews dated around the real today. */
function contentDir(change: (items: ReturnType<typeof goodItems>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'backline-content-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'items'));
  const items = goodItems();
  const now = Date.now();
  const dates = { reviewed: new Date(now - 86_400_000).toISOString().slice(0, 10), nextReview: new Date(now + 200 * 86_400_000).toISOString().slice(0, 10) };
  for (const item of Object.values(items)) Object.assign(item, dates);
  change(items);
  for (const [id, item] of Object.entries(items)) writeFileSync(join(dir, 'items', `${id}.yaml`), stringify(item));
  writeFileSync(join(dir, 'triage.yaml'), stringify({ ...fixtureTriage(), ...dates }));
  writeFileSync(join(dir, 'languages.yaml'), stringify(fixtureLanguages()));
  return dir;
}

function check(dir: string): { status: number | null; output: string } {
  const run = spawnSync('npx', ['tsx', 'tools/content-check.ts'], { cwd: root, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run content:check', () => {
  it('fails loudly on a deliberately bad item, naming the item, language and rule', () => {
    const { status, output } = check(contentDir((items) => { topicLang(items, 'es').sms[0] = 'La ciática es un dolor que baja por una pierna.'; }));
    expect(status).toBe(1);
    expect(output).toContain('sciatica [es] sms-accent: page 1/2: accented letter "á" (U+00E1) at position 6');
    expect(output).toContain('content:check FAILED');
  });

  it('fails when content does not load, listing the loader problems', () => {
    const { status, output } = check(contentDir((items) => { delete items.tips; }));
    expect(status).toBe(1);
    expect(output).toContain('content: no tips item (kind: tips)');
  });

  it('passes good content, printing the score table', () => {
    const { status, output } = check(contentDir(() => {}));
    expect(output).toContain('content:check passed');
    expect(output).toMatch(/sciatica\s+es\s+Fernandez-Huerta/);
    expect(status).toBe(0);
  });
});
