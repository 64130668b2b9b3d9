import { relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { SimContact } from './sim-contacts.js';

/** Where paths in a golden script are relative to: the repository root (this file is dev/simulator/). */
const ROOT = resolve(import.meta.dirname, '../..');

/** A golden script, or why this phone's thread cannot be one. */
export type GoldenExport = { yaml: string; fileName: string } | { problem: string };

/**
 * The phone's recorded texts as a golden conversation script in the format of tests/conversations/*.yaml:
 * each text with its time and time zone, the exact replies, the escalations, language, topic and page, and the
 * content folder it ran on. Only a thread that starts from a new conversation replays (reset the contact first).
 */
export function goldenExport(phone: string, contact: SimContact, contentDir: string): GoldenExport {
  if (contact.steps.length === 0) return { problem: 'Nothing to export yet: text the hotline from this phone first.' };
  if (!contact.fresh) return { problem: 'This thread did not start from a new conversation, so it cannot be replayed from nothing: reset the contact, then text again.' };
  const script = {
    name: `simulator export from ${phone}: ${contact.steps.map((s) => s.send).join(', ').slice(0, 80)}`,
    content: relative(ROOT, resolve(contentDir)) || '.',
    steps: contact.steps.map((s) => ({
      send: s.send,
      at: s.at,
      timeZone: s.timeZone,
      replies: s.replies.map((text) => ({ text })),
      lang: s.lang,
      topic: s.topic,
      ...(s.page !== undefined ? { page: s.page } : {}),
      ...(s.intents.length > 0 ? { intents: s.intents } : {}),
    })),
  };
  const header = `# Exported by the Backline phone simulator. Move it into tests/conversations/ to replay it as a golden test.\n`;
  return { yaml: header + stringify(script, { lineWidth: 0 }), fileName: `simulator-${phone.replace(/\D/g, '')}.yaml` };
}
