import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Parses a messaging TwiML document and returns its <Message> texts; fails on anything that is not well-formed TwiML. */
export function messagesOf(xml: string): string[] {
  if (!xml.startsWith('<?xml')) throw new Error(`not an XML document: ${xml.slice(0, 80)}`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${valid.err.msg}`);
  const doc = new XMLParser({ isArray: (name) => name === 'Message', parseTagValue: false, trimValues: false }).parse(xml) as {
    Response?: '' | { Message?: Array<string | { '#text': string }> };
  };
  if (doc.Response === undefined) throw new Error('no <Response> root');
  if (doc.Response === '') return [];
  return (doc.Response.Message ?? []).map((m) => (typeof m === 'string' ? m : m['#text']));
}
