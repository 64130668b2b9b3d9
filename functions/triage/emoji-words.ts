/**
 * Emoji people use in place of a word that matters to triage ("🍑 numb", "💊💊💊 bye", "🤒 + back pain"), read as
 * that word. A run of the same emoji (each with its presentation selector or skin tone, if any) is one word. Emoji that mean a mood or a laugh are not read.
 */
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '🍑': 'butt',
  '💩': 'poop',
  '🚽': 'toilet',
  '💊': 'pills',
  '🔫': 'gun',
  '🔪': 'knife',
  '🪒': 'razor',
  '🪢': 'rope',
  '🤒': 'fever',
  '🌡': 'fever',
  '🩸': 'blood',
  '🦵': 'leg',
  '⚰': 'coffin',
  '🪦': 'grave',
};

/** What may follow an emoji and belong to it: the emoji presentation selector, a skin tone. */
const EMOJI_TAIL = '(?:\\uFE0F|[\\u{1F3FB}-\\u{1F3FF}])*';
const EMOJI_RUN = new RegExp(`(${Object.keys(EMOJI_WORDS).join('|')})${EMOJI_TAIL}(?:\\1${EMOJI_TAIL})*`, 'gu');

/** `text` with each run of a listed emoji replaced by its word, spaced apart from its neighbours; other text unchanged. */
export function emojiAsWords(text: string): string {
  return text.replace(EMOJI_RUN, (_run, emoji: string) => ` ${EMOJI_WORDS[emoji] ?? ''} `);
}
