import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Content } from '../../functions/content/model.js';
import { ladderTargets } from '../../functions/escalation/ladder.js';
import { ADVICE_GIVEN, onCallTime } from '../../functions/escalation/page-text.js';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { contactOf, ESCALATION_PREFIX } from '../../functions/store/keys.js';
import { signLabel } from '../../functions/triage/replies.js';
import type { Config } from '../../functions/app/config.js';

/** One escalation as the simulator's panel says it: when, the tier, and one paragraph of plain words. */
export interface EscalationLine {
  at: string;
  tier: string;
  text: string;
}

/** A ladder step waiting on the local clock (from LocalLadderTimer.pending()). */
export interface WaitingStep {
  ref: { day: string; code: string };
  step: number;
  at: number;
}

type Item = Record<string, unknown>;

/** What the person was told, as the page says it, capitalised to start a sentence. */
const TOLD: Record<string, string> = Object.fromEntries(Object.entries(ADVICE_GIVEN).map(([tier, told]) => [tier, told.charAt(0).toUpperCase() + told.slice(1)]));
const CHANNELS: Record<string, string> = { sms: 'by text', voice: 'on a call' };

async function scanAll(client: DynamoDBDocumentClient, tableName: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({
      TableName: tableName,
      FilterExpression: 'begins_with(sk, :esc) OR begins_with(pk, :page)',
      ExpressionAttributeValues: { ':esc': ESCALATION_PREFIX, ':page': 'page#' },
      ...(start ? { ExclusiveStartKey: start } : {}),
    }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * Every escalation in the local table, newest first, in plain words: who (by number when the simulator knows the
 * phone), the tier, the signs by label, what the person was told, and what became of the page: each ladder step
 * sent and to whom, an ACK, the next step's time, a run-out ladder, or a page held back by the hourly limit.
 * A scan: local only, never on AWS.
 */
export async function escalationLines(
  client: DynamoDBDocumentClient,
  config: Pick<Config, 'TABLE_NAME' | 'PHONE_HASH_KEY' | 'ON_CALL_NUMBERS' | 'ON_CALL_TIME_ZONE'>,
  content: Content,
  phones: readonly string[],
  waiting: readonly WaitingStep[],
): Promise<EscalationLine[]> {
  const byKey = new Map([...phones, ...config.ON_CALL_NUMBERS].map((p) => [contactKey(config.PHONE_HASH_KEY, p), p]));
  const time = (at: number) => onCallTime(at, config.ON_CALL_TIME_ZONE);
  const items = await scanAll(client, config.TABLE_NAME);
  const pages = items.filter((i) => String(i.pk).startsWith('page#'));
  const lines = items.filter((i) => String(i.sk).startsWith(ESCALATION_PREFIX)).map((e): EscalationLine => {
    const tier = String(e.tier);
    const at = Date.parse(String(e.at));
    const who = byKey.get(contactOf(String(e.pk)) ?? '') ?? 'A contact the simulator does not know';
    const inputId = String(e.sk).split('#').slice(2).join('#');
    const signs = [String(e.rule), ...((e.also as string[] | undefined) ?? [])].map((id) => signLabel(content.triage, id));
    const head = `${who}, ${time(at)}: ${tier.toUpperCase()} ${CHANNELS[String(e.channel)] ?? ''}. ${[...new Set(signs)].join('; ')}. ${TOLD[tier] ?? ''}.`;
    const page = pages.find((p) => p.inputId === inputId && p.contact === contactOf(String(e.pk)));
    return { at: String(e.at), tier, text: `${head} ${pageWords(String(e.page ?? ''), tier, page, waiting, config.ON_CALL_NUMBERS, byKey, time)}`.trim() };
  });
  return lines.sort((a, b) => b.at.localeCompare(a.at));
}

function pageWords(outcome: string, tier: string, page: Item | undefined, waiting: readonly WaitingStep[], onCall: readonly string[], byKey: Map<string, string>, time: (at: number) => string): string {
  if (outcome === 'held') return `No new page: this contact already had an on-call page for ${tier.toUpperCase()} within the hour (at most one page per contact and tier an hour). The reply still told them what to do.`;
  if (outcome === 'failed') return 'The page could not be claimed (see the server log).';
  if (outcome !== 'queued') return `Recorded only: ${tier.toUpperCase()} does not page on-call staff.`;
  if (!page) return 'On-call page queued.';
  const sends = (page.sends as Array<{ step: number; to: string[]; at: number }> | undefined) ?? [];
  const sent = sends.map((s) => `step ${s.step + 1} to ${s.to.map((k) => byKey.get(k) ?? 'an on-call number').join(', ')} at ${time(s.at)}`).join('; ');
  const head = `On-call page ${String(page.sk)}: ${sent || 'not sent yet'}.`;
  if (typeof page.ackAt === 'number') return `${head} ACK by ${byKey.get(String(page.ackBy)) ?? 'an on-call number'} at ${time(page.ackAt)}: the ladder stopped.`;
  if (typeof page.exhaustedAt === 'number') return `${head} Nobody sent ACK: the ladder ran out at ${time(page.exhaustedAt)} (an alarm fires on AWS).`;
  const next = waiting.find((w) => w.ref.day === String(page.pk).slice('page#'.length) && w.ref.code === String(page.sk));
  if (!next) return `${head} No ACK yet.`;
  const targets = ladderTargets(onCall, next.step);
  return `${head} No ACK yet: ${targets ? `next to ${targets.join(', ')}` : 'the ladder runs out'} at ${time(next.at)} unless an on-call phone texts ACK ${String(page.sk)}.`;
}
