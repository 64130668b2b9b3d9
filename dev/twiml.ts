import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One <Say> as Twilio would speak it. */
export interface Spoken {
  text: string;
  voice: string;
  language: string;
}

/** A voice TwiML document, parsed: what is said, and what the call does next. */
export interface CallTurn {
  says: Spoken[];
  next: 'gather' | 'hangup' | 'dial';
  action?: string;
  gatherLanguage?: string;
  dial?: string;
  bytes: number;
}

type XmlNode = Record<string, unknown>;
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, parseTagValue: false, trimValues: false });

function rootOf(xml: string): XmlNode[] {
  if (!xml.startsWith('<?xml')) throw new Error(`not an XML document: ${xml.slice(0, 80)}`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${valid.err.msg}`);
  const response = (ordered.parse(xml) as XmlNode[]).find((n) => 'Response' in n)?.Response as XmlNode[] | undefined;
  if (!response) throw new Error('no <Response> root');
  return response;
}

function textOf(children: unknown): string {
  return ((children as XmlNode[] | undefined) ?? []).map((t) => String(t['#text'] ?? '')).join('');
}

/** The <Message> texts of a messaging TwiML document; throws unless it is well-formed TwiML. */
export function messagesOf(xml: string): string[] {
  return rootOf(xml)
    .filter((n) => 'Message' in n)
    .map((n) => textOf(n.Message));
}

/** Parses voice TwiML strictly into what a caller would hear and what happens next. */
export function parseVoice(xml: string): CallTurn {
  const turn: CallTurn = { says: [], next: 'hangup', bytes: Buffer.byteLength(xml) };
  const say = (n: XmlNode) => {
    const attrs = (n[':@'] ?? {}) as Record<string, string>;
    turn.says.push({ text: textOf(n.Say), voice: attrs['@voice'] ?? '', language: attrs['@language'] ?? '' });
  };
  for (const node of rootOf(xml)) {
    if ('Say' in node) say(node);
    if ('Gather' in node) {
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      turn.next = 'gather';
      if (attrs['@action']) turn.action = attrs['@action'];
      if (attrs['@language']) turn.gatherLanguage = attrs['@language'];
      for (const inner of node.Gather as XmlNode[]) if ('Say' in inner) say(inner);
    }
    if ('Dial' in node) {
      turn.next = 'dial';
      turn.dial = textOf(node.Dial);
    }
  }
  return turn;
}
