import { join } from 'node:path';
import { DEV_PHONE_HASH_KEY, parseConfig } from '../../functions/app/config.js';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { buildDeps, type AppDeps } from '../../functions/app/deps.js';
import { handleSmsWebhook } from '../../functions/app/sms-webhook.js';
import { handleVoiceWebhook } from '../../functions/app/voice-webhook.js';
import { loadContent } from '../../tools/content/load-yaml.js';
import { LocalOutbox } from '../../dev/local-outbox.js';
import type { HttpResponse } from '../../functions/twilio/http.js';
import { sms, TEST_BASE, TEST_TOKEN, twilioEvent } from '../helpers/events.js';
import { MemoryEscalations, MemoryStore } from './memory.js';

/** Real content: the triage corpus is written for it. */
const CONTENT_DIR = join(import.meta.dirname, '../../content');
const content = loadContent(CONTENT_DIR);

/** The real webhook pipeline on in-memory storage: fast enough for hundreds of generated conversations. */
export interface Harness {
  deps: AppDeps;
  store: MemoryStore;
  escalations: MemoryEscalations;
  text(from: string, body: string, sid?: string): Promise<HttpResponse>;
  call(callSid: string, from: string, path: string, extra?: Record<string, string>): Promise<HttpResponse>;
  version(from: string): number;
}

/** A fresh harness (new store) per property run keeps runs independent. */
export function harness(): Harness {
  const store = new MemoryStore();
  const escalations = new MemoryEscalations();
  const config = parseConfig({ TWILIO_AUTH_TOKEN: TEST_TOKEN, PUBLIC_BASE_URL: TEST_BASE, PHONE_HASH_KEY: DEV_PHONE_HASH_KEY, CONTENT_DIR });
  const deps = buildDeps(config, content, { store, escalations, sender: new LocalOutbox(), log: () => {} });
  return {
    deps, store, escalations,
    text: (from, body, sid) => handleSmsWebhook(deps, twilioEvent(sms(from, body, sid))),
    call: (callSid, from, pathAndQuery, extra = {}) => {
      const [path, query = ''] = pathAndQuery.split('?');
      const params = { CallSid: callSid, From: from, To: '+15005550006', AccountSid: 'AC11111111111111111111111111111111', CallStatus: 'in-progress', ...extra };
      return handleVoiceWebhook(deps, twilioEvent(params, { path: path ?? '/twilio/voice', query }));
    },
    version: (from) => store.version(contactKey(config.PHONE_HASH_KEY, from)),
  };
}

/** Messages people send: commands in both languages, numbers, subscription words, and a few that change state. */
export const WORDS = [
  'MENU', 'menu', 'MORE', 'BACK', 'HELP', 'INFO', '1', '2', '3', '4', '5', '9', '0', '12', 'DAILY', 'YES', 'no', 'STOP', 'START',
  'TIME 7PM', 'PAUSE', 'RESUME', 'hola', 'ayuda', 'mas', 'CHECK', 'sciatica', 'ciatica', 'tip', 'espanol', 'english', '',
] as const;

/** Markup and characters that must never break or leak into TwiML. */
export const HOSTILE = [
  '<Say>hi</Say>', '</Message><Redirect>https://x.example</Redirect>', ']]>', '&amp;', '&', '<?xml version="1.0"?>', '<!--', '"\'',
  '\u0000', '\u0007', '\u001b[31m', '\uFFFE', '\uD800', '😟', '\u202E', 'a'.repeat(1600),
] as const;
