import type { BundleFigure } from './bundles.js';
import { PRICES, type ConversationCost } from './cost.js';
import type { LoadResult } from './load.js';
import type { Series } from './latency.js';
import type { SegmentFigures } from './segments.js';
import type { SpeechFigures } from './speech.js';
import type { TriageFigures } from './triage.js';
import type { Distribution } from './stats.js';
import type { UnitCost } from './units.js';
import type { EscalationBench } from './escalation.js';

/** Everything one `npm run bench` measured (written to bench/results.json). */
export interface BenchResults {
  date: string;
  machine: { node: string; cpus: number; platform: string };
  bundles: { functions: BundleFigure[]; naive: BundleFigure; floor: BundleFigure; importRuns: number };
  latency: {
    sms: Series[];
    voice: Series[];
    rawPair: Series[];
    sameContact: { burst: number; rounds: number; latency: Distribution; meanAttempts: number; maxAttempts: number };
  };
  units: { sms: UnitCost; voice: UnitCost; tip: UnitCost & { sent: number } };
  escalation: EscalationBench;
  segments: SegmentFigures & { perConversation: { mean: number; max: number; conversations: number } };
  speech: SpeechFigures;
  triage: TriageFigures;
  cost: { prices: typeof PRICES; sms: ConversationCost; voice: ConversationCost };
  load: LoadResult;
  targets: Array<{ target: string; measured: string; met: boolean }>;
  seconds: number;
}

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const x = (v: number | undefined) => (v === undefined ? '' : `${v.toFixed(2)}x`);
const spread = (f: { importSpreadMs: [number, number] }) => `${ms(f.importSpreadMs[0])}-${ms(f.importSpreadMs[1])}`;
const usd = (v: number) => `$${v.toFixed(v < 0.001 ? 5 : 4)}`;
const n2 = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

/** The results as markdown: what bench/README.md holds. */
export function markdown(r: BenchResults): string {
  const { bundles, latency, units, segments, speech, cost, load } = r;
  const lat = (label: string, s: Series & { p99Runs?: number[] }) => [
    s.p99Runs ? `${label} (median-p99 of ${s.p99Runs.length} runs; p99s ${s.p99Runs.map(ms).join(', ')})` : label,
    s.concurrency, ms(s.latency.p50), ms(s.latency.p95), ms(s.latency.p99), s.latency.n, s.throughput.toFixed(0),
  ];
  const unit = (u: UnitCost) => [u.per, n2(u.requests), n2(u.reads), n2(u.writes), n2(u.readUnits), n2(u.writeUnits), Object.entries(u.byOp).map(([op, c]) => `${op} ${n2(c)}`).join(', ')];
  const costRows = (c: ConversationCost) => [usd(c.dynamoWrites), usd(c.dynamoReads), usd(c.lambdaRequests), usd(c.lambdaDuration), usd(c.apiGateway), `**${usd(c.total)}**`];
  const summaries = speech.summaries.map((s) => `${s.id} ${s.seconds.toFixed(1)} s (keys ${s.keys})`).join('; ');
  return [
    `## Benchmark (${r.date}, Node ${r.machine.node}, ${r.machine.cpus} CPUs, ${r.seconds.toFixed(0)} s)`,
    '',
    '`npm run bench` (bench/run.ts); raw figures in bench/results.json. Latency is measured in-process against the embedded DynamoDB (dynalite), so it shows Backline\'s own overhead relative to a raw DynamoDB round trip on the same emulator, not AWS latency.',
    '',
    '### Targets',
    ...table(['Target', 'Measured', 'Met'], r.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**'])),
    '',
    `### Bundles (esbuild as deployed; module load = median of ${bundles.importRuns} fresh Node processes)`,
    ...table(
      ['Function', 'Minified', 'Load ms', 'p25-p75 ms', 'vs naive', 'vs floor'],
      [
        ...bundles.functions.map((f) => [f.id, kb(f.bytes), ms(f.importMs), spread(f), x(f.vsNaive), x(f.vsFloor)]),
        ['naive: `twilio` root + DynamoDB client', kb(bundles.naive.bytes), ms(bundles.naive.importMs), spread(bundles.naive), '1.00x', ''],
        ['floor: twilio webhook/TwiML subpaths + DynamoDB client', kb(bundles.floor.bytes), ms(bundles.floor.importMs), spread(bundles.floor), '', '1.00x'],
      ],
    ),
    '',
    '### Turn latency through the real handler (ms; signed API Gateway v2 events, dynalite in-process)',
    ...table(
      ['Series', 'Concurrency', 'p50', 'p95', 'p99', 'Samples', 'Per second'],
      [
        ...latency.sms.map((s) => lat('SMS turn', s)),
        ...latency.voice.map((s) => lat('Voice turn', s)),
        ...latency.rawPair.map((s) => lat('Floor: raw GetItem + conditional UpdateItem', s)),
        ['SMS, one contact, 32 texts at once', latency.sameContact.burst, ms(latency.sameContact.latency.p50), ms(latency.sameContact.latency.p95), ms(latency.sameContact.latency.p99), latency.sameContact.latency.n, `attempts mean ${latency.sameContact.meanAttempts.toFixed(1)}, max ${latency.sameContact.maxAttempts}`],
      ],
    ),
    '',
    '### DynamoDB per unit of work (counted by SDK middleware)',
    ...table(['Per', 'Requests', 'Reads', 'Writes', 'RRU', 'WRU', 'Operations'], [unit(units.sms), unit(units.voice), unit(units.tip)]),
    '',
    `### A red flag (${r.escalation.samples} fresh contacts text an emergency or a crisis)`,
    ...table(['Per', 'Requests', 'Reads', 'Writes', 'RRU', 'WRU', 'Operations'], [r.escalation.turn, r.escalation.page, r.escalation.step].map((u) => [u.per, n2(u.requests), n2(u.reads), n2(u.writes), n2(u.readUnits), n2(u.writeUnits), Object.entries(u.byOp).map(([op, n]) => `${op.replace(/Command$/, '')} ${n2(n)}`).join(', ')])),
    '',
    `Claim to Twilio REST (the page's HTTP request arriving at a local stand-in for Twilio, delivered in-process as on \`npm start\`): p50 ${ms(r.escalation.claimToRest.p50)} ms, p99 ${ms(r.escalation.claimToRest.p99)} ms, max ${ms(r.escalation.claimToRest.max)} ms over ${r.escalation.claimToRest.n}. On AWS the DynamoDB stream and Lambda's poller add their own delay between the claim and the alerts function.`,
    '',
    `Capacity: ${units.sms.capacitySource}. Tips: ${units.tip.capacitySource} (${n2(units.tip.indexWriteUnits)} of the ${n2(units.tip.writeUnits)} WRU per tip are byDue index writes, which dynalite does not report); the delivery run sent ${units.tip.sent} tips with functions/tip-delivery/deliver.ts (one Query page per due bucket, then a conditional UpdateItem claim per tip).`,
    '',
    `### Triage (a 1,600-character message; ${r.triage.longMessage.messages} messages in each of ${r.triage.longMessage.processes} fresh processes; ms)`,
    ...table(
      ['Input', 'cold p50', 'cold p99', 'warm p50', 'warm p99'],
      (['sms', 'speech'] as const).map((k) => [k, ms(r.triage.longMessage[k].cold.p50), ms(r.triage.longMessage[k].cold.p99), ms(r.triage.longMessage[k].warm.p50), ms(r.triage.longMessage[k].warm.p99)]),
    ),
    '',
    `Timed on the deployed code (triage bundled with the functions' esbuild options). Cold: text the process never read (the blind set's messages, then the training sets' but the original corpus's, each in one long message only), read once after the code ran on 100 long messages of the original corpus and the rules forgot every word: only the words an earlier message of the series held are remembered, as in a warm Lambda meeting a new message; warm: the same messages again. The first message of a fresh process, while V8 is still compiling: p50 ${ms(r.triage.longMessage.firstInProcess.p50)} ms, max ${ms(r.triage.longMessage.firstInProcess.max)} ms over ${r.triage.longMessage.firstInProcess.n} processes.`,
    '',
    ...table(
      ['Set', 'Messages', 'Emergency recall', 'Crisis recall', 'Urgent + soon recall', 'False alarms on non-flags'],
      r.triage.sets.map((s) => [s.name, s.messages, ...['emergency', 'crisis', 'urgent+soon'].map((g) => { const x = s.recall.find((y) => y.group === g); return x ? `${x.hits}/${x.n} (${((100 * x.hits) / (x.n || 1)).toFixed(1)}%)` : ''; }), `${s.falseAlarms.hits}/${s.falseAlarms.n} (${((100 * s.falseAlarms.hits) / (s.falseAlarms.n || 1)).toFixed(1)}%)`]),
    ),
    '',
    '### SMS segments',
    ...table(
      ['Replies', 'Max segments', 'Mean segments', 'GSM-7', 'Segments per 10-turn conversation (mean / max)'],
      [[segments.replies, segments.maxSegments, segments.meanSegments.toFixed(2), `${(segments.gsm7Share * 100).toFixed(1)}%`, `${segments.perConversation.mean.toFixed(1)} / ${segments.perConversation.max}`]],
    ),
    '',
    '### Voice: seconds of speech at 150 words a minute',
    ...table(
      ['Until', 'Seconds'],
      [
        ['the emergency line ("... call 9 1 1") has been said', speech.emergencyLine.toFixed(1)],
        ['the main menu starts (welcome + Spanish offer)', `${speech.toMainMenu.toFixed(1)} (+ ${speech.languageWaitSeconds} s Gather timeout for "stay on the line")`],
        ['each condition summary starts (menus heard until the wanted option)', summaries],
      ],
    ),
    '',
    `### Cost per 1,000 ten-turn conversations (AWS ${PRICES.region} on-demand list prices as of ${PRICES.asOf})`,
    `Prices: DynamoDB $${PRICES.dynamoPerMillionWru}/M WRU, $${PRICES.dynamoPerMillionRru}/M RRU; Lambda arm64 $${PRICES.lambdaArmPerGbSecond}/GB-s and $${PRICES.lambdaPerMillionRequests}/M requests at ${PRICES.lambdaMemoryMb} MB; API Gateway HTTP API $${PRICES.httpApiPerMillionRequests}/M requests. Lambda duration is estimated from the measured mean handler time at concurrency 1 (rounded up to whole ms), INIT excluded.`,
    '',
    ...table(
      ['Conversation', 'DynamoDB writes', 'DynamoDB reads', 'Lambda requests', 'Lambda duration', 'API Gateway', 'Total'],
      [['SMS', ...costRows(cost.sms)], ['Voice', ...costRows(cost.voice)]],
    ),
    '',
    `Twilio: ${segments.perConversation.mean.toFixed(1)} outbound segments per ten-turn SMS conversation (measured replies; inbound segments are billed too).`,
    '',
    `### Load: ${load.contacts} contacts x 10 texts through the local server, ${load.concurrency} contacts at a time`,
    ...table(
      ['Requests', 'Replays', '5xx', 'Lost', 'Double-advanced', 'Wrong final state', 'p50', 'p95', 'p99', 'max', 'Per second'],
      [[load.requests, load.replays, load.serverErrors, load.lost, load.doubleAdvanced, load.wrongFinalState.length, ms(load.latency.p50), ms(load.latency.p95), ms(load.latency.p99), ms(load.latency.max), load.throughput.toFixed(0)]],
    ),
    '',
  ].join('\n');
}
