import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { describe, expect, it } from 'vitest';

/** The architecture rules in .dependency-cruiser.cjs, checked with dependency-cruiser (not by hand). */
const ROOT = new URL('../', import.meta.url).pathname;
const config = await extractDepcruiseConfig(join(ROOT, '.dependency-cruiser.cjs'));

async function violations(dir: string, paths: string[]): Promise<IViolation[]> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const { output } = await cruise(paths, { ruleSet: config, validate: true, parser: 'swc', doNotFollow: { path: 'node_modules' }, ...(config.options ?? {}) });
    return (output as ICruiseResult).summary.violations;
  } finally {
    process.chdir(cwd);
  }
}

const describeViolation = (v: IViolation) => `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`;

describe('functions/ (what runs in Lambda)', () => {
  it('has no import cycle between modules or folders, and imports nothing from dev/, tools/, infra/ or a devDependency', async () => {
    expect((await violations(ROOT, ['functions'])).map(describeViolation)).toEqual([]);
  });

  it('is checked by rules that do catch a folder cycle, a reach into tools/ and a dev package', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arch-'));
    for (const d of ['functions/a', 'functions/b', 'tools', 'node_modules/yaml']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', type: 'module', devDependencies: { yaml: '1' } }));
    writeFileSync(join(dir, 'node_modules/yaml/package.json'), JSON.stringify({ name: 'yaml', main: 'index.js' }));
    writeFileSync(join(dir, 'node_modules/yaml/index.js'), 'export const parse = 1;');
    writeFileSync(join(dir, 'tsconfig.json'), '{}');
    writeFileSync(join(dir, 'functions/a/one.ts'), "import { two } from '../b/two.js';\nexport const one = two;\n");
    writeFileSync(join(dir, 'functions/b/two.ts'), "import { three } from '../a/three.js';\nimport { lint } from '../../tools/lint.js';\nimport { parse } from 'yaml';\nexport const two = three + lint + parse;\n");
    writeFileSync(join(dir, 'functions/a/three.ts'), 'export const three = 3;\n');
    writeFileSync(join(dir, 'tools/lint.ts'), 'export const lint = 1;\n');
    const rules = new Set((await violations(dir, ['functions'])).map((v) => v.rule.name));
    expect([...rules].sort()).toEqual(['lambda-code-stays-in-functions', 'no-dev-packages-in-lambda', 'no-folder-cycles']);
  });
});

describe('where tests live', () => {
  it('mirrors module paths: tests/unit/X.test.ts tests functions/X.ts, tests/{tools,dev}/X.test.ts tests {tools,dev}/X.ts', () => {
    const tests = readdirSync(join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts'));
    const mirrored = tests.filter((f) => /^(unit|tools|dev)\//.test(f));
    expect(mirrored.length).toBeGreaterThan(30);
    const orphans = mirrored.filter((f) => !existsSync(join(ROOT, f.replace(/^unit\//, 'functions/').replace(/\.test\.ts$/, '.ts'))));
    expect(orphans).toEqual([]);
  });
});

describe("the README's folder map", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `(functions\/[a-z-]+\/)` \| (.+) \|$/gm)].map((m) => ({ folder: m[1]!, text: m[2]! }));

  it('names a module that exists for every name it lists, and every module of each functions/ folder', () => {
    expect(rows.length).toBeGreaterThanOrEqual(14);
    const problems: string[] = [];
    for (const { folder, text } of rows) {
      const modules = readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
      const named = [...text.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]!);
      for (const name of named) if (!modules.includes(name) && !existsSync(join(ROOT, folder, name))) problems.push(`${folder}: README names ${name}, which does not exist`);
      for (const module of modules) if (!named.includes(module)) problems.push(`${folder}: ${module}.ts is not in the README's folder map`);
    }
    expect(problems).toEqual([]);
  });
});
