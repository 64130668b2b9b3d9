import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../tools/content/load-yaml.js';
import { step } from '../../functions/engine/step.js';
import type { ConversationState } from '../../functions/engine/types.js';

/** Golden conversation scripts: messages in, replies expected, replayed through the pure engine with a fixed clock. */
interface ExpectedReply {
  text?: string;
  contains?: string[];
  id?: string;
}
interface Script {
  name: string;
  steps: Array<{ send: string; replies: ExpectedReply[]; lang?: 'en' | 'es'; topic?: string | null; page?: number }>;
}

const dir = import.meta.dirname;
const content = loadContent(join(dir, '../fixtures/content'));
const START = Date.parse('2026-03-08T09:00:00Z');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
  const script = parse(readFileSync(join(dir, file), 'utf8')) as Script;
  describe(`conversation: ${script.name}`, () => {
    it(`replays ${file}`, () => {
      let state: ConversationState | undefined;
      script.steps.forEach((s, i) => {
        const result = step(content, state, { channel: 'sms', at: START + i * 60_000, text: s.send });
        const where = `${file} step ${i + 1} (${JSON.stringify(s.send)})`;
        expect(result.replies.length, where).toBe(s.replies.length);
        s.replies.forEach((want, j) => {
          const got = result.replies[j];
          if (want.text !== undefined) expect(got?.text, where).toBe(want.text);
          for (const part of want.contains ?? []) expect(got?.text, where).toContain(part);
          if (want.id !== undefined) expect(got?.contentId, where).toBe(want.id);
        });
        if (s.lang) expect(result.state.lang, where).toBe(s.lang);
        if (s.topic !== undefined) expect(result.state.topic?.id ?? null, where).toBe(s.topic);
        if (s.page !== undefined) expect(result.state.topic?.page, where).toBe(s.page - 1);
        state = result.state;
      });
    });
  });
}
