import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../functions/content/errors.js';
import { buildFixture, goodItems } from '../../helpers/lint-fixture.js';

type Items = ReturnType<typeof goodItems>;

function problems(change: (items: Items) => void): string[] {
  try {
    buildFixture(change);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

describe('assembleProgram (through the content cross-checks)', () => {
  it('indexes the program: its length from the last stage, its own tips, and the pool without fixed tips', () => {
    const content = buildFixture((items) => {
      (items.tips!.tips as object[]).push({ id: 'heat', en: 'Backline tip: a warm pack can help.', es: 'Consejo de Backline: el calor ayuda.' });
      items.daily!.program = [{ days: 1, tip: 'signs' }, { days: '2-29', varied: true }, { days: 30, tip: 'walk' }];
    });
    expect(content.tipsMeta.programDays).toBe(30);
    expect(content.program.stages).toEqual([{ from: 1, to: 1, tip: 'signs' }, { from: 2, to: 29 }, { from: 30, to: 30, tip: 'walk' }]);
    expect(content.program.pool).toEqual(['heat']);
  });

  it.each([
    ['a gap', [{ days: 1, tip: 'signs' }, { days: '3-14', varied: true }], 'program days 3-14 must start on day 2'],
    ['an overlap', [{ days: 1, tip: 'signs' }, { days: '1-14', varied: true }], 'program days 1-14 must start on day 2'],
    ['a fixed tip on many days', [{ days: '1-2', tip: 'signs' }, { days: '3-14', varied: true }], 'a fixed tip fills one day'],
    ['an unknown tip', [{ days: 1, tip: 'signs' }, { days: 2, tip: 'nope' }], 'name tip "nope", which is not a tip'],
    ['a program over 60 days', [{ days: 1, tip: 'signs' }, { days: '2-61', varied: true }], 'at most 60'],
  ])('refuses %s', (_name, program, problem) => {
    expect(problems((items) => { items.daily!.program = program; }).join('\n')).toContain(problem);
  });

  it('refuses a missing program, a program tip that is on no day or clashes with a pool id, and a program on another action', () => {
    expect(problems((items) => { delete items.daily!.program; })).toContain('content: the daily action (action: daily) has no program');
    expect(problems((items) => { (items.daily!.programTips as object[]).push({ id: 'walk', en: 'Backline tip: walk.', es: 'Consejo de Backline: camine.' }); }).join('\n')).toMatch(/program tip "walk" has the id of another tip[^]*program tip "walk" is on no program day/);
    expect(problems((items) => { items.language!.program = [{ days: 1, tip: 'walk' }]; })).toContain('language: only the daily action has a program');
  });
});
