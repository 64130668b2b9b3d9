import type { Engine } from '../engine/types.js';
import type { ConversationState, Intent, StepResult, Turn, VoiceDirective } from '../engine/types.js';
import { StaleStateError } from '../store/errors.js';
import { hasSeenInput, withSeenInput } from '../store/seen-inputs.js';
import type { RecentTurn } from '../store/state-store.js';
import type { Config } from './config.js';
import type { AppDeps } from './deps.js';
import { TooManyConflictsError } from './errors.js';
import { deliveryFields } from '../tip-delivery/delivery-fields.js';
import { type Reply } from '../core/reply.js';

/** Inputs are remembered for de-duplication this long (Twilio retries within seconds), at most this many, the newest few with replies. */
const RECENT_WINDOW_MS = 15 * 60_000;
const RECENT_MAX = 64;
const RECENT_WITH_REPLIES = 2;
/** Enough for every one of dozens of simultaneous messages from one contact to win once. */
const MAX_ATTEMPTS = 40;

/** What runTurn needs, built once per process. */
export type TurnDeps = Pick<AppDeps, 'content' | 'store' | 'escalations' | 'log' | 'sender'> & { config: Pick<Config, 'STATE_TTL_DAYS' | 'PHONE_HASH_KEY'> };

/** A turn to run: whose, which input (for de-duplication) and what was said. */
export interface TurnRequest {
  contact: string;
  inputId: string;
  turn: Turn;
  /** The sender's address as Twilio gave it; sealed for an on-call callback or daily tips, never stored in clear. */
  from?: string;
  /** Keyed hash of the person, when the conversation key is not (a call is keyed by CallSid); escalations are recorded under it. */
  person?: string;
  /** The state version the input answers (voice prompts carry it); a different stored version means the input is stale. */
  expectVersion?: number;
}

/** The replies to send and how the turn went. */
export interface TurnOutcome {
  replies: Reply[];
  /** The input was seen before, or answers a prompt that is no longer current: nothing changed. */
  duplicate: boolean;
  attempts: number;
  /** The conversation after the turn (unchanged for a duplicate) and its stored version. */
  state?: ConversationState;
  version: number;
  /** The conversation before a turn that ran (undefined when the turn started it): what the metrics compare with. */
  previous?: ConversationState;
  /** The engine's full result, for a turn that ran (voice renders its directive; the caller dispatches its intents). */
  result?: StepResult;
  /** For a repeated voice input: what the call did the first time. */
  voice?: VoiceDirective;
  /** For a repeated input that raised red flags: the escalations to perform again (idempotently), and when the input first arrived. */
  redo?: { intents: Intent[]; at: number };
}

/**
 * Loads state, steps the channel's engine, saves with a version check (re-running on a lost race); one read and one
 * write when uncontended. Intents are not performed here: the caller dispatches them after the save, on a
 * budget of their own, so a slow side effect can never turn a saved reply into an error.
 */
export async function runTurn(deps: TurnDeps, request: TurnRequest, engine: Engine, signal?: AbortSignal): Promise<TurnOutcome> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    signal?.throwIfAborted();
    const stored = await deps.store.load(request.contact, request.turn.at, signal);
    const seen = stored.recent.find((r) => r.id === request.inputId);
    const stale = request.expectVersion !== undefined && stored.version > 0 && stored.version !== request.expectVersion;
    // An input processed long ago (a captured request replayed): acknowledged, never acted on again.
    const replayed = !seen && hasSeenInput(stored.seen, request.inputId);
    if (seen || stale || replayed) {
      const redo: Intent[] = (seen?.escalations ?? []).map((e) => ({ type: 'escalate', ...e }));
      return {
        replies: seen?.replies ?? [], duplicate: true, attempts: attempt, version: stored.version,
        ...(stored.state ? { state: stored.state } : {}), ...(seen?.voice ? { voice: seen.voice } : {}), ...(seen && redo.length > 0 ? { redo: { intents: redo, at: seen.at } } : {}),
      };
    }
    const result = engine(deps.content, stored.state, request.turn);
    const escalations = result.intents.flatMap((i) => (i.type === 'escalate' ? [{ tier: i.tier, rule: i.rule, ...(i.also ? { also: i.also } : {}) }] : []));
    const recent = remember(stored.recent, {
      id: request.inputId, at: request.turn.at, replies: result.replies, ...(result.voice ? { voice: result.voice } : {}), ...(escalations.length > 0 ? { escalations } : {}),
    });
    const expiresAt = Math.floor(request.turn.at / 1000) + deps.config.STATE_TTL_DAYS * 86_400;
    try {
      const seenInputs = withSeenInput(stored.seen, request.inputId);
      await deps.store.save(request.contact, stored.version, { state: result.state, recent, seen: seenInputs, expiresAt, ...deliveryFields(result.state, request.turn, request.from, deps.config.PHONE_HASH_KEY) }, signal);
      return { replies: result.replies, duplicate: false, attempts: attempt, state: result.state, version: stored.version + 1, result, ...(stored.state ? { previous: stored.state } : {}) };
    } catch (error) {
      if (!(error instanceof StaleStateError)) throw error;
      await pause(attempt);
    }
  }
  throw new TooManyConflictsError(`no clean save after ${MAX_ATTEMPTS} attempts`);
}

function remember(recent: readonly RecentTurn[], latest: RecentTurn): RecentTurn[] {
  const kept = [...recent.filter((r) => r.at > latest.at - RECENT_WINDOW_MS), latest].slice(-RECENT_MAX);
  return kept.map((r, i) => (i < kept.length - RECENT_WITH_REPLIES ? { id: r.id, at: r.at, ...(r.escalations ? { escalations: r.escalations } : {}) } : r));
}

/** Short jittered backoff so racing turns spread out instead of colliding again. */
function pause(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(50, 2 * attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
