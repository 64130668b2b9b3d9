/** Navigation commands the engine knows by name and handles the same in every state; each language row gives their words. */
export const COMMANDS = ['menu', 'more', 'back', 'help', 'pause', 'resume'] as const;
/** A navigation command. */
export type Command = (typeof COMMANDS)[number];
