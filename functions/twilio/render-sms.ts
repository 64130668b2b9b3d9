import MessagingResponse from 'twilio/lib/twiml/MessagingResponse.js';
import { type Reply } from '../core/reply.js';

/** A messaging TwiML document with one <Message> per reply; no replies gives an empty <Response/>. */
export function renderSms(replies: readonly Reply[]): string {
  const response = new MessagingResponse();
  for (const reply of replies) response.message(stripInvalidXml(reply.text));
  return response.toString();
}

/** Removes characters XML 1.0 cannot carry (control characters), which would make the document invalid. */
function stripInvalidXml(text: string): string {
  return text.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
