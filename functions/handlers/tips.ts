import { onceAtColdStart } from '../core/cold-start.js';
import { parseConfig } from '../app/config.js';
import { dynamoClient, metricsSink, twilioSender } from '../app/deps.js';
import { jsonLogger } from '../core/log.js';
import { countingErrors } from '../core/metrics.js';
import { withSecrets } from '../app/secrets.js';
import { readCompiledContent } from '../content/compiled.js';
import { runTipDelivery, type TipDeliveryDeps } from '../tip-delivery/deliver.js';
import { buildTipDeps } from '../app/tip-delivery-deps.js';

/** Time kept back from the Lambda timeout: the last claimed sends (5 s Twilio timeout) and their writes finish in it. */
const FINISH_MS = 20_000;
/** Budget when invoked without a Lambda context. */
const DEFAULT_BUDGET_MS = 60_000;

const ready = onceAtColdStart(async (): Promise<TipDeliveryDeps> => {
  const started = Date.now();
  const config = parseConfig(await withSecrets(process.env));
  if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_FROM) throw new Error('Invalid configuration: tips need TWILIO_ACCOUNT_SID and TWILIO_FROM');
  const metrics = metricsSink(config);
  const deps = buildTipDeps(config, {
    client: dynamoClient(config), sender: twilioSender(config), content: readCompiledContent(config.CONTENT_DIR), metrics, log: countingErrors(jsonLogger, metrics, Date.now),
  });
  metrics.emit({ kind: 'cold-start', at: Date.now(), fn: 'tips', ms: Date.now() - started });
  return deps;
});

/** Lambda entry for the EventBridge Scheduler event (every 15 minutes): sends the tips due now; throws (so the scheduler retries) only when it cannot start or read. */
export async function handler(_event: unknown, context?: { getRemainingTimeInMillis(): number }): Promise<{ sent: number; skipped: number; failed: number; left: number }> {
  const deps = await ready();
  const started = Date.now();
  const stopClaimingAt = started + (context?.getRemainingTimeInMillis() ?? DEFAULT_BUDGET_MS) - FINISH_MS;
  const report = await runTipDelivery({ ...deps, stopClaimingAt }, started);
  const summary = { sent: report.sent.length, skipped: report.skipped, failed: report.failed, left: report.left };
  deps.log(report.failed > 0 || report.left > 0 ? 'warn' : 'info', { event: 'tips.run', ms: Date.now() - started, replies: summary.sent, reason: `skipped=${summary.skipped} failed=${summary.failed} left=${summary.left}` });
  return summary;
}
