import { startBenchEnv } from './env.js';
import { smsConversation } from './latency.js';
import { conversationSegments, engineConversationSegments, SEGMENT_TARGETS, smsSegments } from './segments.js';

/**
 * `npm run bench:segments`: the two SMS cost figures without the whole benchmark. Mean segments per reply over every
 * reachable SMS, and segments per ten-turn conversation, both through the webhook on the embedded DynamoDB (as
 * `npm run bench` measures them) and through the pure engine (what tests/content/segments.test.ts holds).
 * `CONTENT_DIR=<dir>` measures other content (e.g. an older version exported with git archive).
 */
const CONTACTS = 30;
const env = await startBenchEnv(process.env.CONTENT_DIR ? { CONTENT_DIR: process.env.CONTENT_DIR } : {});
try {
  const replies = smsSegments(env.content);
  const webhook: number[] = [];
  for (let i = 0; i < CONTACTS; i++) webhook.push(conversationSegments((await smsConversation(env, 'seg', i, 13)).replies));
  const engine = engineConversationSegments(env.content, CONTACTS);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  console.log(`replies: ${replies.replies}, mean ${replies.meanSegments.toFixed(3)} segments (target <= ${SEGMENT_TARGETS.meanPerReply}: ${met(replies.meanSegments <= SEGMENT_TARGETS.meanPerReply)}), max ${replies.maxSegments}, GSM-7 ${(replies.gsm7Share * 100).toFixed(1)}%`);
  console.log(`ten-turn conversation (${CONTACTS} contacts, webhook): mean ${mean(webhook).toFixed(2)}, max ${Math.max(...webhook)} segments (target <= ${SEGMENT_TARGETS.perConversation}: ${met(mean(webhook) <= SEGMENT_TARGETS.perConversation)})`);
  console.log(`ten-turn conversation (${CONTACTS} contacts, pure engine): mean ${mean(engine).toFixed(2)}, max ${Math.max(...engine)} segments`);
  if (replies.over2.length > 0) console.log(`over 2 segments: ${replies.over2.join(', ')}`);
} finally {
  await env.close();
}
