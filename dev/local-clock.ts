/**
 * The local hotline's clock: real time plus an offset that `POST /_local/clock` sets, so conversations, alert
 * windows, tips (and anything else that asks the time) move together when a tester jumps ahead.
 */
export class LocalClock {
  private offsetMs = 0;

  /** Now, as the hotline sees it (epoch ms). */
  readonly now = (): number => Date.now() + this.offsetMs;

  /** Moves the clock so that now is `instant` (epoch ms); time keeps running from there. */
  set(instant: number): void {
    this.offsetMs = instant - Date.now();
  }
}
