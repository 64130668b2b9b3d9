import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCompiledContent } from '../../../functions/content/compiled.js';
import { ContentError } from '../../../functions/content/errors.js';
import { loadContent } from '../../../tools/content/load-yaml.js';
import { writeCompiledContent } from '../../../infra/content-bundle.js';
import { compiledContentDir, FIXTURE_CONTENT_DIR } from '../../helpers/content.js';

const REAL = 'content';

/** Rewrites the compiled file in `dir` through `edit`. */
function tamper(dir: string, edit: (compiled: { format: string; version: string; items: Array<Record<string, unknown>> }) => void): void {
  const file = join(dir, 'content.json');
  const compiled = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof edit>[0];
  edit(compiled);
  writeFileSync(file, JSON.stringify(compiled));
}

describe('content compiled for a Lambda package', () => {
  it('reads back as the same content the YAML loader builds (items, menus, keywords, messages, tips, triage)', () => {
    for (const source of [REAL, FIXTURE_CONTENT_DIR]) {
      const fromYaml = loadContent(source);
      const compiled = readCompiledContent(compiledContentDir(source));
      expect(compiled.version).toBe(fromYaml.version);
      expect(compiled.items).toEqual(fromYaml.items);
      expect([...compiled.nodes.keys()]).toEqual([...fromYaml.nodes.keys()]);
      expect(Object.fromEntries(compiled.keywords.en)).toEqual(Object.fromEntries(fromYaml.keywords.en));
      expect(Object.fromEntries(compiled.keywords.es)).toEqual(Object.fromEntries(fromYaml.keywords.es));
      expect(compiled.messages).toEqual(fromYaml.messages);
      expect(compiled.tips).toEqual(fromYaml.tips);
      expect(compiled.tipsMeta).toEqual(fromYaml.tipsMeta);
      expect(compiled.triage).toEqual(fromYaml.triage);
    }
  });

  it('is never written from invalid content: bundling fails with every problem named', () => {
    const source = mkdtempSync(join(tmpdir(), 'backline-bad-content-'));
    cpSync(FIXTURE_CONTENT_DIR, source, { recursive: true });
    const main = join(source, 'items', 'main.yaml');
    writeFileSync(main, readFileSync(main, 'utf8').replace(/^id: main$/m, 'id: Main Menu'));
    const target = mkdtempSync(join(tmpdir(), 'backline-bad-target-'));
    const error = (() => {
      try {
        writeCompiledContent(source, target);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.join('\n')).toContain('ids are lowercase words joined by dashes');
    expect(existsSync(join(target, 'content.json'))).toBe(false);
  });

  it('refuses at cold start a missing file, another format, a broken cross-reference or items that do not match the version', () => {
    expect(() => readCompiledContent(mkdtempSync(join(tmpdir(), 'backline-empty-')))).toThrow(ContentError);

    const otherFormat = compiledContentDir(FIXTURE_CONTENT_DIR);
    tamper(otherFormat, (c) => {
      c.format = 'backline-content/0';
    });
    expect(() => readCompiledContent(otherFormat)).toThrow(/not backline-content\/1 content/);

    const misshapen = compiledContentDir(FIXTURE_CONTENT_DIR);
    tamper(misshapen, (c) => {
      c.items = [null as unknown as Record<string, unknown>];
    });
    expect(() => readCompiledContent(misshapen)).toThrow(ContentError);
    expect(() => readCompiledContent(misshapen)).toThrow(/not shaped as compiled content/);

    const brokenMenu = compiledContentDir(FIXTURE_CONTENT_DIR);
    tamper(brokenMenu, (c) => {
      const main = c.items.find((i) => i.id === 'main');
      (main?.options as string[]).push('no-such-topic');
    });
    expect(() => readCompiledContent(brokenMenu)).toThrow(/menu option "no-such-topic" is not an item/);

    const edited = compiledContentDir(FIXTURE_CONTENT_DIR);
    tamper(edited, (c) => {
      const main = c.items.find((i) => i.id === 'main');
      if (main) main.version = Number(main.version) + 1;
    });
    expect(() => readCompiledContent(edited)).toThrow(/do not match the compiled version/);
  });
});
