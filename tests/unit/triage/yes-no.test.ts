import { describe, expect, it } from 'vitest';
import { parseYesNo as parse } from '../../../functions/triage/classify.js';
import { fixtureContent } from '../../helpers/content.js';

/** Answers are read with the words of the content's language table. */
const parseYesNo = (text: string) => parse(text, fixtureContent.languages.yesNo);

describe('parseYesNo', () => {
  it.each(['yes', 'YES!!', 'Y', 'yeah', 'yep', 'yup', 'si', 'Sí', 'S', 'sí, no siento nada', 'yes i cant feel it', 'claro'])('%s -> yes', (t) => {
    expect(parseYesNo(t)).toBe('yes');
  });
  it.each(['no', 'NO.', 'n', 'nope', 'nah', 'No, I can feel everything', 'not really', 'para nada'])('%s -> no', (t) => {
    expect(parseYesNo(t)).toBe('no');
  });
  it.each(['', 'maybe', 'no se', 'not sure', 'idk', 'what?', 'quizas'])('%s -> null', (t) => {
    expect(parseYesNo(t)).toBeNull();
  });
});
