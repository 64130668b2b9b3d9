import { pathToFileURL } from 'node:url';
import { runLoad, type LoadResult } from './load.js';

/** One line per finding of a load run, for the console. */
export function describeLoad(r: LoadResult): string[] {
  const l = r.latency;
  return [
    `${r.contacts} contacts x 10 turns at concurrency ${r.concurrency}: ${r.requests} requests (${r.replays} Twilio replays) in ${r.wallSeconds.toFixed(1)} s, ${r.throughput.toFixed(0)} req/s`,
    `status ${JSON.stringify(r.status)}; 5xx ${r.serverErrors}; wrong final state ${r.wrongFinalState.length}; lost ${r.lost}; double-advanced ${r.doubleAdvanced}; replay answers differing ${r.replayMismatches}; error logs ${r.errorLogs}`,
    `latency ms p50 ${l.p50.toFixed(1)} p90 ${l.p90.toFixed(1)} p95 ${l.p95.toFixed(1)} p99 ${l.p99.toFixed(1)} max ${l.max.toFixed(1)}`,
  ];
}

/** True when the run found nothing wrong. */
export function loadPassed(r: LoadResult): boolean {
  return r.serverErrors === 0 && r.wrongFinalState.length === 0 && r.lost === 0 && r.doubleAdvanced === 0 && r.replayMismatches === 0 && r.turns === r.contacts * 10;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [contacts = '1000', concurrency = '50'] = process.argv.slice(2);
  const result = await runLoad({ contacts: Number(contacts), concurrency: Number(concurrency), progress: true });
  for (const line of describeLoad(result)) console.log(line);
  for (const wrong of result.wrongFinalState.slice(0, 5)) console.log(`  ${wrong}`);
  process.exitCode = loadPassed(result) ? 0 : 1;
}
