import { describe, expect, it } from 'vitest';
import { engineConversationSegments, SEGMENT_TARGETS, smsSegments } from '../../bench/segments.js';
import { LANGS } from '../helpers/content.js';
import { menuReply, topicPageReply } from '../../functions/engine/render.js';
import { loadContent } from '../../tools/content/load-yaml.js';
import { inspectSms } from '../../tools/lint/sms-encoding.js';

const content = loadContent(new URL('../../content', import.meta.url).pathname);

/** Twilio bills per segment (issue 16): the real content must stay as cheap as it was made. */
describe('SMS cost of the real content', () => {
  it(`averages at most ${SEGMENT_TARGETS.meanPerReply} segments over every reachable SMS, none over 2, all GSM-7`, () => {
    const figures = smsSegments(content);
    expect(figures.replies).toBeGreaterThan(300);
    expect(figures.meanSegments).toBeLessThanOrEqual(SEGMENT_TARGETS.meanPerReply);
    expect(figures.maxSegments).toBeLessThanOrEqual(2);
    expect(figures.gsm7Share).toBe(1);
  });

  it('fits every SMS menu in one segment, in both languages', () => {
    const over: string[] = [];
    for (const node of content.nodes.values()) {
      if (node.kind !== 'menu' || node.channel === 'voice') continue;
      for (const lang of LANGS) {
        const sms = inspectSms(menuReply(content, node, lang).text);
        if (sms.segments > 1) over.push(`${node.id}/${lang}: ${sms.characters} characters`);
      }
    }
    expect(over).toEqual([]);
  });

  it('keeps the page footer short: page count and MORE on every page but the last, BACK and MENU on the last', () => {
    const topic = content.nodes.get('sciatica');
    if (topic?.kind !== 'topic') throw new Error('no sciatica topic');
    for (const lang of LANGS) {
      const pages = topic[lang].sms.length;
      const first = topicPageReply(content, topic, lang, 0).text.split('\n').at(-1) ?? '';
      const last = topicPageReply(content, topic, lang, pages - 1).text.split('\n').at(-1) ?? '';
      expect(first).toMatch(new RegExp(`^\\(1/${pages}\\) \\S+ ${lang === 'en' ? 'MORE' : 'MAS'}$`));
      expect(last).toMatch(lang === 'en' ? /BACK.*MENU/ : /ATRAS.*MENU/);
      expect(first.length + last.length).toBeLessThanOrEqual(45);
    }
  });

  it(`sends at most ${SEGMENT_TARGETS.perConversation} segments in the bench's ten-turn conversation (mean of 30 contacts)`, () => {
    const perConversation = engineConversationSegments(content, 30);
    const mean = perConversation.reduce((a, b) => a + b, 0) / perConversation.length;
    expect(mean).toBeLessThanOrEqual(SEGMENT_TARGETS.perConversation);
  });
});
