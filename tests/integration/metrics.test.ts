import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import type { MetricEvent } from '../../functions/core/metrics.js';
import { toEmf } from '../../functions/core/emf.js';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { startTestHotline } from '../helpers/hotline.js';
import { driveTraffic, PHONE_LIKE, type Traffic } from '../helpers/ops-traffic.js';

const CONTENT_DIR = join(import.meta.dirname, '../../content');

describe('metric events from the edges, over two days of real traffic', () => {
  let hotline: Hotline;
  let traffic: Traffic;
  let events: MetricEvent[];
  const of = <K extends MetricEvent['kind']>(kind: K) => events.filter((e): e is Extract<MetricEvent, { kind: K }> => e.kind === kind);

  beforeAll(async () => {
    hotline = await startTestHotline({ env: { CONTENT_DIR } });
    traffic = await driveTraffic(hotline);
    events = hotline.metrics.between(0, Number.POSITIVE_INFINITY);
  }, 60_000);
  afterAll(() => hotline?.close());

  it('counts every turn with its channel, language, content, conversation start, opt-in/out, segments and latency', () => {
    const turns = of('turn');
    expect(turns.filter((t) => t.channel === 'sms').length).toBeGreaterThanOrEqual(14);
    expect(turns.filter((t) => t.channel === 'voice').length).toBe(4);
    expect(turns.filter((t) => t.conversation).map((t) => t.channel).sort()).toEqual(['sms', 'sms', 'sms', 'sms', 'voice']);
    expect(turns.some((t) => t.lang === 'es')).toBe(true);
    expect(turns.some((t) => t.contentId === 'sciatica')).toBe(true);
    expect(turns.filter((t) => t.optIn)).toHaveLength(2);
    expect(turns.filter((t) => t.optOut)).toHaveLength(1);
    expect(turns.filter((t) => t.channel === 'sms').every((t) => t.segments >= 1)).toBe(true);
    expect(turns.filter((t) => t.channel === 'voice').every((t) => t.segments === 0)).toBe(true);
    expect(turns.every((t) => t.ms >= 0)).toBe(true);
  });

  it('counts each red flag by tier with its rule, each page step, the acknowledgement, the ladder running out, the texted topic and the tip', () => {
    expect(of('red-flag').map((f) => f.tier).sort()).toEqual(['crisis', 'emergency']);
    expect(of('red-flag').every((f) => f.rule.length > 0)).toBe(true);
    const pages = of('page');
    expect(pages.filter((p) => p.outcome === 'sent').map((p) => `${p.tier}:${p.step}`).sort()).toEqual(['crisis:0', 'crisis:1', 'emergency:0']);
    expect(pages.filter((p) => p.outcome === 'exhausted').map((p) => p.tier)).toEqual(['crisis']);
    expect(pages.filter((p) => p.outcome === 'sent').every((p) => p.segments >= 1 && p.recipients === 1)).toBe(true);
    expect(of('ack')).toEqual([expect.objectContaining({ tier: 'emergency', step: 0 })]);
    expect(of('text-me-this')).toEqual([expect.objectContaining({ channel: 'voice', messages: 1 })]);
    expect(of('tip')).toEqual([expect.objectContaining({ outcome: 'delivered', lang: 'en' })]);
    expect(of('cold-start')).toEqual([expect.objectContaining({ fn: 'local' })]);
  });

  it('never carries a phone number, message text or contact hash, as events or as EMF lines', () => {
    // Times are epoch milliseconds (13 digits): left out of the digit-run check, which is about what else a line holds.
    const untimed = (e: MetricEvent) => ({ ...e, at: 0 });
    const lines = events.map((e) => JSON.stringify(untimed(e))).concat(events.map((e) => JSON.stringify(toEmf(untimed(e), 'Backline/test'))));
    const hashes = traffic.phones.map((p) => contactKey(hotline.config.PHONE_HASH_KEY, p));
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) {
      expect(line).not.toMatch(PHONE_LIKE);
      for (const t of traffic.texts) expect(line.toLowerCase()).not.toContain(t.toLowerCase());
      for (const h of hashes) expect(line).not.toContain(h);
      expect(line).not.toMatch(/[0-9a-f]{32,}/);
    }
  });
});
