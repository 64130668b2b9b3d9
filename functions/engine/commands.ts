import type { Lang } from '../content/schema.js';

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
