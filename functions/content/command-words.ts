import type { Lang } from '../core/langs.js';

/** Words that navigate rather than name a topic, per language. Topic keywords may not reuse them. */
export const COMMAND_WORDS = {
  en: {
    menu: ['menu', 'main menu', 'start over', 'home'],
    more: ['more', 'next', 'continue', 'm'],
    back: ['back', 'go back', 'previous', 'b'],
    help: ['help', 'info'],
    pause: ['pause', 'pause tips'],
    resume: ['resume', 'resume tips', 'unpause'],
  },
  es: {
    menu: ['menu', 'menu principal', 'inicio', 'empezar'],
    more: ['mas', 'siguiente', 'seguir'],
    back: ['atras', 'volver', 'regresar'],
    help: ['ayuda'],
    pause: ['pausa', 'pausar'],
    resume: ['reanudar', 'continuar'],
  },
} as const satisfies Record<Lang, Record<string, readonly string[]>>;

/** A navigation command the engine handles the same in every state. */
export type Command = keyof (typeof COMMAND_WORDS)['en'];

/** Spelled-out numbers people text instead of digits. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
};

/** Carrier compliance words: a message that is exactly one of these (any case) opts out or back in; Spanish ones answer in Spanish. */
export const COMPLIANCE_WORDS = {
  en: {
    stop: ['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout', 'opt out', 'stop texting me'],
    start: ['start', 'unstop', 'yes', 'y'],
  },
  es: {
    stop: ['alto', 'parar', 'para', 'cancelar', 'basta', 'detener'],
    start: ['si', 'comenzar'],
  },
} as const satisfies Record<Lang, Record<'stop' | 'start', readonly string[]>>;

/** Opt-out phrasings beyond the single words ("any reasonable means"), as normalized text. */
const OPT_OUT_PHRASES: Record<Lang, ReadonlySet<string>> = {
  en: new Set([
    'please stop', 'stop please', 'stop it', 'stop now', 'stop texting', 'stop texting me', 'stop messaging me', 'stop sending',
    'stop sending me tips', 'stop sending me texts', 'stop sending me messages', 'stop sending texts', 'stop texts', 'stop messages',
    'stop tips', 'stop the tips', 'stop the texts', 'unsubscribe me', 'opt me out', 'opt out', 'remove me', 'take me off',
    'take me off the list', 'remove me from the list', 'no more texts', 'no more messages', 'no more tips', 'dont text me',
    'do not text me', 'leave me alone',
  ]),
  es: new Set([
    'alto por favor', 'por favor alto', 'ya no me manden mensajes', 'ya no me escriban', 'no mas mensajes', 'no mas consejos',
    'no me manden mas mensajes', 'quiero darme de baja', 'darme de baja', 'dar de baja', 'baja', 'cancelar mensajes', 'parar mensajes',
  ]),
};
/** Words that, on their own anywhere in a message, can only mean "stop messaging me". */
const OPT_OUT_WORDS: ReadonlySet<string> = new Set(['unsubscribe', 'stopall', 'optout']);

/** True when normalized text asks Backline to stop messaging: a compliance word alone, a common opt-out phrase, or an unambiguous opt-out word anywhere. */
export function isOptOut(words: string, lang: Lang): boolean {
  const plain = words.split(' ').filter((w) => !COURTESY.has(w)).join(' ');
  for (const said of new Set([words, plain])) {
    if (COMPLIANCE_WORDS[lang].stop.some((w) => w === said) || OPT_OUT_PHRASES[lang].has(said)) return true;
  }
  return lang === 'en' && words.split(' ').some((w) => OPT_OUT_WORDS.has(w));
}

/** Courtesy words around an opt-out ("stop texting me please", "alto por favor gracias") that do not change it. */
const COURTESY: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'thanks', 'thank', 'you', 'thx', 'ok', 'okay', 'por', 'favor', 'gracias']);
