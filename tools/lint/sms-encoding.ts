import { SegmentedMessage } from 'sms-segments-calculator';
import type { Lang } from '../../functions/core/langs.js';
import type { SmsAlphabet } from '../../functions/content/language-table.js';
import type { Sink } from './types.js';

/** Most segments one SMS page may take (2 x 153 = 306 GSM-7 characters). */
export const MAX_SEGMENTS = 2;

/** A character at a 1-based position (counted in characters as a phone shows them) in a rendered SMS. */
export interface CharAt {
  char: string;
  position: number;
}

/** How one SMS is encoded and billed, from `sms-segments-calculator` (Twilio's own calculator, the source of truth for GSM 03.38). */
export interface SmsInspection {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  characters: number;
  /** The text split into characters the way the calculator counts them (grapheme clusters). */
  graphemes: string[];
  /** Characters outside the GSM 03.38 basic and extension tables: each one forces UCS-2. */
  nonGsm: CharAt[];
}

/** Encodes `text` as Twilio would (no Smart Encoding) and lists the characters that force UCS-2. */
export function inspectSms(text: string): SmsInspection {
  const message = new SegmentedMessage(text, 'auto', false);
  const nonGsm: CharAt[] = [];
  message.encodedChars.forEach((encoded, i) => {
    if (!encoded.isGSM7) nonGsm.push({ char: encoded.raw, position: i + 1 });
  });
  return { encoding: message.encodingName, segments: message.segmentsCount, characters: message.numberOfCharacters, graphemes: message.graphemes, nonGsm };
}

/** A letter with a diacritic (it decomposes into a base letter and a combining mark). */
function isAccented(char: string): boolean {
  return /\p{M}/u.test(char.normalize('NFD'));
}

/** Names a character so a writer can find it: the glyph, its code point and the text around it. */
function describeChar(chars: readonly string[], { char, position }: CharAt): string {
  const before = chars.slice(Math.max(0, position - 11), position - 1).join('');
  const after = chars.slice(position, position + 10).join('');
  const code = [...char].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return `"${char}" (${code}) at position ${position}, in "${(before + char + after).replace(/\n/g, ' ')}"`;
}

/**
 * Checks one rendered SMS: at most MAX_SEGMENTS segments (sms-segments) and, in a language whose alphabet is gsm7 (its
 * row in content/languages.yaml), every character GSM-7, so the page stays at 160/153 characters a segment. Accented
 * letters GSM-7 has (n tilde, e acute, u diaeresis, and the inverted question and exclamation marks) are correct
 * Spanish and allowed; an accented letter it lacks (a, i, o, u acute) is named under sms-accent, any other character
 * that forces UCS-2 under sms-gsm7, each with its position.
 */
export function checkSms(sms: { item: string; lang: Lang; label: string; text: string }, sink: Sink, alphabet: SmsAlphabet = 'gsm7'): SmsInspection {
  const { item, lang, label, text } = sms;
  const result = inspectSms(text);
  for (const at of alphabet === 'gsm7' ? result.nonGsm : []) {
    if (isAccented(at.char)) {
      sink.error({ item, lang, rule: 'sms-accent', message: `${label}: accented letter ${describeChar(result.graphemes, at)} is not GSM-7 and would switch the SMS to UCS-2 (70 characters a segment); write "${plain(at.char)}" or use a word without it` });
    } else {
      sink.error({ item, lang, rule: 'sms-gsm7', message: `${label}: character ${describeChar(result.graphemes, at)} is not GSM-7 and would switch the SMS to UCS-2 (70 characters a segment)` });
    }
  }
  if (result.segments > MAX_SEGMENTS) {
    sink.error({
      item,
      lang,
      rule: 'sms-segments',
      message: `${label}: ${result.segments} segments (${result.characters} characters, ${result.encoding}); a page may take at most ${MAX_SEGMENTS} (306 GSM-7 characters including the footer)`,
    });
  }
  return result;
}

function plain(char: string): string {
  return char.normalize('NFD').replace(/\p{M}+/gu, '');
}
