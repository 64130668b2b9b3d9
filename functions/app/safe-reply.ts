import type { Content } from '../content/model.js';
import { type Reply } from '../core/reply.js';

/** Said when even the content could not be loaded; kept in code so it cannot go missing. */
const FALLBACK: Reply[] = [
  { text: 'Backline: sorry, something went wrong. Please try again soon. In an emergency call 911.' },
  { text: 'Backline: perdon, algo fallo. Intente de nuevo pronto. En una emergencia llame al 911.' },
];

/** The replies sent when a turn fails: an apology and the emergency line, in English and Spanish. */
export function safeReplies(content: Content | undefined): Reply[] {
  if (!content) return FALLBACK;
  return [{ text: content.messages.internalError.en }, { text: content.messages.internalError.es }];
}
