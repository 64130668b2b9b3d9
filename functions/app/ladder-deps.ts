import type { AppDeps } from './deps.js';
import type { LadderDeps, LadderTimer } from '../escalation/ladder.js';

/** The paging dependencies from the app's: on-call numbers, time zone and ACK wait from configuration, steps on `timer`. */
export function ladderDeps(deps: Pick<AppDeps, 'config' | 'content' | 'sender' | 'pages' | 'now' | 'log' | 'metrics'>, timer: LadderTimer): LadderDeps {
  const { config } = deps;
  return {
    content: deps.content, sender: deps.sender, pages: deps.pages, timer, now: deps.now, log: deps.log, metrics: deps.metrics,
    onCallNumbers: config.ON_CALL_NUMBERS, secret: config.PHONE_HASH_KEY, timeZone: config.ON_CALL_TIME_ZONE, ackMinutes: config.ALERT_ACK_MINUTES,
  };
}
