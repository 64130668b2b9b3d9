import { inspectSms } from '../tools/lint/sms-encoding.js';
import { renderedSms } from '../tools/lint/texts.js';
import type { Content } from '../functions/content/model.js';
import { smsStep } from '../functions/engine/sms.js';
import type { ConversationState } from '../functions/engine/types.js';
import { tenTurnScript } from './scripts.js';

/** Cost targets (issue 16): mean segments per reachable reply, and per ten-turn bench conversation. */
export const SEGMENT_TARGETS = { meanPerReply: 1.5, perConversation: 15 } as const;

/** Segments over every SMS Backline can send (content/lint's renderedSms: topics, menus, messages, tips, triage). */
export interface SegmentFigures {
  replies: number;
  maxSegments: number;
  meanSegments: number;
  /** Share of replies encoded GSM-7 (0..1). */
  gsm7Share: number;
  /** Replies over 2 segments, by item and label. */
  over2: string[];
}

/** Encodes every reachable reply as Twilio would and summarises segments and encoding. */
export function smsSegments(content: Content): SegmentFigures {
  const all = renderedSms(content).map((sms) => ({ sms, inspection: inspectSms(sms.text) }));
  const segments = all.map((a) => a.inspection.segments);
  return {
    replies: all.length,
    maxSegments: Math.max(...segments),
    meanSegments: segments.reduce((a, b) => a + b, 0) / segments.length,
    gsm7Share: all.filter((a) => a.inspection.encoding === 'GSM-7').length / all.length,
    over2: all.filter((a) => a.inspection.segments > 2).map((a) => `${a.sms.item}/${a.sms.lang}/${a.sms.label}`),
  };
}

/** Segments Twilio bills for the replies of one conversation. */
export function conversationSegments(replies: readonly string[][]): number {
  return replies.flat().reduce((sum, text) => sum + inspectSms(text).segments, 0);
}

/**
 * Segments of the bench's ten-turn SMS conversations (contacts 0..n-1 of tenTurnScript, each a new contact) replayed
 * through the pure engine: the same replies smsConversation gets from the webhook, without a database.
 */
export function engineConversationSegments(content: Content, contacts = 30): number[] {
  const start = Date.UTC(2026, 2, 8, 14);
  return Array.from({ length: contacts }, (_, i) => {
    let state: ConversationState | undefined;
    const replies = tenTurnScript(content, i).bodies.map((text, t) => {
      const result = smsStep(content, state, { channel: 'sms', at: start + t * 60_000, text });
      state = result.state;
      return result.replies.map((r) => r.text);
    });
    return conversationSegments(replies);
  });
}
