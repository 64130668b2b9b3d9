import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { sms } from '../helpers/events.js';
import { alertsFor, escalationsOf, rawStateItem, startTestHotline, text } from '../helpers/hotline.js';
import { Call, heard } from '../helpers/voice-call.js';

const CONTENT_DIR = join(import.meta.dirname, '../../content');
const SEVEN = ['sciatica', 'herniated-disc', 'spinal-stenosis', 'spondylolisthesis', 'piriformis', 'degenerative-disc', 'spinal-arthritis'];
let n = 0;
const newCall = (hotline: Hotline, from = '+15557770000') => new Call(hotline, `CA${String(++n).padStart(32, '0')}`, from);

describe('calling the hotline through the local server on real content', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline({ env: { CONTENT_DIR } });
  });
  afterAll(() => hotline.close());
  const content = () => hotline.deps.content;

  it('opens with the emergency line, then offers Spanish, in valid voice/language pairs', async () => {
    const turn = await newCall(hotline).start();
    expect(turn.says[0]?.text.startsWith('If this is an emergency, hang up and call 9 1 1.')).toBe(true);
    expect(turn.says[0]).toMatchObject({ voice: 'Polly.Joanna-Neural', language: 'en-US' });
    expect(turn.says[1]).toMatchObject({ voice: 'Polly.Lupe-Neural', language: 'es-US' });
    expect(heard(turn)).toContain('oprima 2');
    expect(turn.next).toBe('gather');
  });

  it('reaches each of the seven condition summaries within two key presses after the language', async () => {
    for (const id of SEVEN) {
      const call = newCall(hotline);
      await call.start();
      const main = await call.silence();
      expect(heard(main)).toContain('Main menu.');
      const topic = content().nodes.get(id);
      if (topic?.kind !== 'topic') throw new Error(`${id} is not a topic`);
      let reached = false;
      for (const first of ['1', '2']) {
        const sub = newCall(hotline);
        await sub.start();
        await sub.silence();
        const submenu = await sub.press(first);
        const match = /For ([^.]+), press (\d)\./g;
        for (const [, title, digit] of heard(submenu).matchAll(match)) {
          if (title === topic.en.title) {
            const summary = await sub.press(digit!);
            expect(summary.says[0]?.text).toBe(topic.en.voice);
            reached = true;
          }
        }
      }
      expect(reached, id).toBe(true);
    }
  });

  it('works by speech: saying a condition plays its summary; "repeat" repeats it', async () => {
    const call = newCall(hotline);
    await call.start();
    await call.silence();
    const sciatica = content().nodes.get('sciatica');
    if (sciatica?.kind !== 'topic') throw new Error('no sciatica');
    expect((await call.say('sciatica please')).says[0]?.text).toBe(sciatica.en.voice);
    expect((await call.say('repeat')).says[0]?.text).toBe(sciatica.en.voice);
    expect((await call.press('*')).says[0]?.text).toBe(sciatica.en.voice);
    expect(heard(await call.press('0'))).toContain('Main menu.');
  });

  it('speaks Spanish after 2, with the Spanish voice', async () => {
    const call = newCall(hotline);
    await call.start();
    const menu = await call.press('2');
    expect(heard(menu)).toContain('Menú principal.');
    expect(menu.says.every((s) => s.voice === 'Polly.Lupe-Neural' && s.language === 'es-US')).toBe(true);
    expect(menu.gatherLanguage).toBe('es-US');
  });

  it('reprompts twice on silence, then says goodbye with the emergency line and hangs up', async () => {
    const call = newCall(hotline);
    await call.start();
    await call.silence();
    expect(heard(await call.silence())).toMatch(/^Sorry, I did not hear a choice\. Main menu\./);
    expect(heard(await call.silence())).toMatch(/^Sorry, I did not hear a choice\./);
    const bye = await call.silence();
    expect(heard(bye)).toBe('Goodbye. If this is an emergency, hang up and call 9 1 1.');
    expect(bye.next).toBe('hangup');
  });

  it('says so briefly and reprompts on an invalid key or words it does not know', async () => {
    const call = newCall(hotline);
    await call.start();
    await call.silence();
    expect(heard(await call.press('8'))).toMatch(/^Sorry, that is not one of the choices\. Main menu\./);
    expect(heard(await call.say('purple elephants'))).toMatch(/^Sorry, that is not one of the choices\. Main menu\./);
  });

  it('answers a spoken emergency with the 911 instruction, twice, hangs up, and records it', async () => {
    const before = (await escalationsOf(hotline)).length;
    const call = newCall(hotline, '+15557770001');
    await call.start();
    await call.silence();
    await call.press('1');
    const turn = await call.say('i cant feel anything when i wipe and my legs are weak');
    expect(turn.says[0]?.text).toBe(content().triage.voiceReplies.emergency.en);
    expect(turn.says).toHaveLength(2);
    expect(turn.next).toBe('hangup');
    const records = await escalationsOf(hotline);
    expect(records.length).toBe(before + 1);
    expect(records.at(-1)).toMatchObject({ tier: 'emergency', channel: 'voice' });
    expect(await alertsFor(hotline, '+15557770001')).toHaveLength(1);
  });

  it('answers a repeated callback after a spoken emergency with the same 911 instruction and hang-up', async () => {
    const call = newCall(hotline, '+15557770011');
    await call.start();
    await call.silence();
    const first = await call.say('I have chest pain and cant breathe');
    const again = await call.replay();
    expect(again.says.map((s) => s.text)).toEqual(first.says.map((s) => s.text));
    expect([first.next, again.next]).toEqual(['hangup', 'hangup']);
  });

  it("holds the caller's daily tips after a red flag on a call", async () => {
    const phone = '+15557770012';
    await text(hotline, sms(phone, 'DAILY'));
    await text(hotline, sms(phone, 'YES'));
    expect((await rawStateItem(hotline, phone))?.duePk).toBeDefined();
    const call = newCall(hotline, phone);
    await call.start();
    await call.silence();
    await call.say('i want to kill myself');
    const item = await rawStateItem(hotline, phone);
    expect((item?.state as { hold?: boolean }).hold).toBe(true);
    expect(item?.duePk).toBeUndefined();
  });

  it('runs the symptom check by keypad and ends with self-care advice when every answer is no', async () => {
    const call = newCall(hotline);
    await call.start();
    await call.silence();
    let turn = await call.press('3');
    expect(heard(turn)).toContain('Press 1 for yes, or 2 for no.');
    for (let i = 0; i < 5; i++) turn = await call.press('2');
    turn = await call.say('no');
    expect(turn.says[0]?.text).toBe(content().triage.voiceReplies.none.en);
    expect(heard(turn)).toContain('Main menu.');
  });

  it('texts exactly what was heard on 9, and explains when the number is withheld', async () => {
    const call = newCall(hotline, '+15557770002');
    await call.start();
    await call.silence();
    await call.say('piriformis');
    expect(heard(await call.press('9'))).toContain('I am sending this to you by text message now.');
    const piriformis = content().nodes.get('piriformis');
    if (piriformis?.kind !== 'topic') throw new Error('no piriformis');
    const sent = hotline.outbox.list().filter((m) => m.to === '+15557770002' && m.kind === 'text-me-this');
    // One message, the pages in the order heard (Twilio joins a body of up to 1,600 characters on the phone).
    expect(sent.map((m) => m.body)).toEqual([piriformis.en.sms.join('\n\n')]);
    const hidden = newCall(hotline, 'anonymous');
    await hidden.start();
    await hidden.silence();
    await hidden.say('sciatica');
    expect(heard(await hidden.press('9'))).toContain('I cannot send a text message to this number');
  });

  it('shrugs off repeated and out-of-order callbacks and unknown calls with a sensible prompt', async () => {
    const call = newCall(hotline);
    await call.start();
    const menu = await call.silence();
    const stale = menu.action!;
    await call.press('1');
    const again = await call.replay();
    expect(heard(again)).toContain('Common causes of leg pain.');
    call.last = { ...menu, action: stale };
    const late = await call.press('5');
    expect(heard(late)).toContain('Common causes of leg pain.');
    const stranger = new Call(hotline, `CA${'f'.repeat(32)}`, '+15557770003');
    stranger.last = { ...menu, action: `${hotline.url}/twilio/voice/input?n=7` };
    expect((await stranger.press('1')).says[0]?.text.startsWith('If this is an emergency')).toBe(true);
  });

  it('keeps every document under 64 kB and every <Say> within 3000 characters', async () => {
    const call = newCall(hotline);
    const turns = [await call.start(), await call.silence(), await call.say('when to get help')];
    for (const turn of turns) {
      expect(turn.bytes).toBeLessThan(64 * 1024);
      for (const s of turn.says) expect(s.text.length).toBeLessThanOrEqual(3000);
    }
  });
});

describe('every topic by voice', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline({ env: { CONTENT_DIR } });
  });
  afterAll(() => hotline.close());

  it('is reached by saying its title at the main menu, in English and in Spanish', async () => {
    const missed: string[] = [];
    for (const node of hotline.deps.content.nodes.values()) {
      if (node.kind !== 'topic') continue;
      for (const lang of ['en', 'es'] as const) {
        const call = newCall(hotline);
        await call.start();
        await (lang === 'es' ? call.press('2') : call.silence());
        const turn = await call.say(node[lang].title);
        if (turn.says[0]?.text !== node[lang].voice) missed.push(`${node.id} (${lang}: "${node[lang].title}")`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('an urgent caller with a nurse line configured', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline({ env: { CONTENT_DIR, NURSE_LINE_NUMBER: '+12025550123' } });
  });
  afterAll(() => hotline.close());

  it('hears the same-day advice and is transferred with <Dial>', async () => {
    const call = newCall(hotline, '+15557770009');
    await call.start();
    await call.silence();
    const turn = await call.say('i have a fever and chills and my back hurts');
    expect(turn.says[0]?.text).toBe(hotline.deps.content.triage.voiceReplies.urgent.en);
    expect(turn.next).toBe('dial');
    expect(turn.dial).toBe('+12025550123');
  });
});

describe('press 9 with no sender configured', () => {
  it('never tells the caller a text is on its way', async () => {
    const { startTestHotline } = await import('../helpers/hotline.js');
    const { twilioSender } = await import('../../functions/app/deps.js');
    const { parseConfig } = await import('../../functions/app/config.js');
    const refusing = twilioSender(parseConfig({ TWILIO_AUTH_TOKEN: 't', PUBLIC_BASE_URL: 'https://example.org', PHONE_HASH_KEY: 'k'.repeat(16) }));
    const hotline = await startTestHotline({ overrides: { sender: refusing } });
    try {
      const call = new Call(hotline, `CA${'9'.repeat(32)}`, '+15557779999');
      await call.start();
      await call.press('1');
      await call.press('1');
      await call.press('1');
      const after = await call.press('9');
      expect(heard(after)).not.toMatch(/sending this to you/i);
      expect(heard(after)).toMatch(/cannot send a text message/i);
    } finally {
      await hotline.close();
    }
  });
});
