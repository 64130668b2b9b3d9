import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../tools/lint/lint-content.js';
import { buildFixture, goodItems, NO_SOURCE, TODAY } from '../../helpers/lint-fixture.js';

type Items = ReturnType<typeof goodItems>;
type TipLike = { id: string; en: string; es: string };

function rules(change: (items: Items) => void): string[] {
  return lintContent(buildFixture(change), { today: TODAY, source: NO_SOURCE }).errors.map((f) => `${f.item}${f.lang ? ` [${f.lang}]` : ''} ${f.rule}`);
}
const poolTips = (items: Items) => items.tips!.tips as TipLike[];
const programTips = (items: Items) => items.daily!.programTips as TipLike[];

const STOP_EN = 'Stop if pain spreads down your leg, or your leg goes numb or weak.';
const STOP_ES = 'Pare si el dolor baja por la pierna, o si se duerme o se debilita.';
const knee = (en: string, es: string): TipLike => ({ id: 'knee', en: `Backline tip: pull one knee to your chest. Hold 20 seconds. ${en}`, es: `Consejo de Backline: lleve una rodilla al pecho. Sostenga 20 segundos. ${es}` });

describe('stretch-stop', () => {
  it('fails a stretch tip without its stop rule, in each language that lacks it, in the pool and in the program', () => {
    expect(rules((items) => { poolTips(items).push(knee('', '')); })).toEqual(['tips [en] stretch-stop', 'tips [es] stretch-stop']);
    expect(rules((items) => { poolTips(items).push(knee(STOP_EN, '')); })).toEqual(['tips [es] stretch-stop']);
    expect(rules((items) => { poolTips(items).push(knee(STOP_EN, STOP_ES)); })).toEqual([]);
    expect(rules((items) => {
      programTips(items).push(knee('', STOP_ES));
      items.daily!.program = [{ days: 1, tip: 'signs' }, { days: 2, tip: 'knee' }, { days: '3-14', varied: true }];
    })).toEqual(['daily [en] stretch-stop']);
  });

  it('fails a stop rule that leaves out a part (weakness, the leg)', () => {
    expect(rules((items) => { poolTips(items).push(knee('Stop if pain spreads down your leg, or it goes numb.', STOP_ES)); })).toEqual(['tips [en] stretch-stop']);
    expect(rules((items) => { poolTips(items).push(knee(STOP_EN, 'Pare si empeora o si se duerme o se debilita.')); })).toEqual(['tips [es] stretch-stop']);
  });

  it('leaves tips that are not a stretch or an exercise alone', () => {
    expect(rules((items) => { poolTips(items).push({ id: 'sleep', en: 'Backline tip: on your back, put a pillow under your knees.', es: 'Consejo de Backline: boca arriba, ponga una almohada bajo las rodillas.' }); })).toEqual([]);
  });
});

describe('program-day-one', () => {
  it('fails a day 1 that does not name both 911 and 988, per language', () => {
    expect(rules((items) => { programTips(items)[0]!.es = 'Consejo de Backline: ¿piel dormida entre las piernas? Llame al 911.'; })).toEqual(['daily [es] program-day-one']);
    expect(rules((items) => { items.daily!.program = [{ days: 1, tip: 'walk' }, { days: 2, tip: 'signs' }]; })).toEqual(['tips [en] program-day-one', 'tips [es] program-day-one']);
  });
});
