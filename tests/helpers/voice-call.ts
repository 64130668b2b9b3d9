import type { Hotline } from '../../dev/hotline.js';
import { signedPost, voiceParams } from '../../dev/signed-post.js';
import { parseVoice, type CallTurn } from '../../dev/twiml.js';

export { parseVoice, type CallTurn };

/** A simulated caller: posts signed requests to the local voice webhooks exactly as Twilio would. */
export class Call {
  last?: CallTurn;
  constructor(
    private readonly hotline: Hotline,
    readonly callSid: string,
    readonly from: string,
  ) {}

  /** Twilio's first request for an incoming call. */
  start(): Promise<CallTurn> {
    return this.post('/twilio/voice', {});
  }

  /** Keys pressed at the current prompt. */
  press(digits: string): Promise<CallTurn> {
    return this.answer({ Digits: digits });
  }

  /** Words spoken at the current prompt (no Confidence: never rely on it). */
  say(speech: string): Promise<CallTurn> {
    return this.answer({ SpeechResult: speech });
  }

  /** The caller said nothing until the Gather timed out. */
  silence(): Promise<CallTurn> {
    return this.answer({});
  }

  /** Re-sends the previous answer exactly (a Twilio retry). */
  async replay(): Promise<CallTurn> {
    if (!this.previous) throw new Error('nothing to replay');
    return this.post(this.previous.path, this.previous.extra);
  }

  private previous?: { path: string; extra: Record<string, string> };

  private answer(extra: Record<string, string>): Promise<CallTurn> {
    const action = this.last?.action;
    if (!action) throw new Error('the call is not waiting for input');
    const url = new URL(action);
    return this.post(`${url.pathname}${url.search}`, extra);
  }

  private async post(pathAndQuery: string, extra: Record<string, string>): Promise<CallTurn> {
    this.previous = { path: pathAndQuery, extra };
    const params = voiceParams(this.callSid, this.from, { FromState: 'TX', ...extra });
    const res = await signedPost(this.hotline.url, pathAndQuery, params, this.hotline.config.TWILIO_AUTH_TOKEN);
    if (res.status !== 200 || !res.contentType.startsWith('text/xml')) throw new Error(`voice webhook answered ${res.status}: ${res.body}`);
    this.last = parseVoice(res.body);
    return this.last;
  }
}

/** Everything said in a turn, joined. */
export function heard(turn: CallTurn): string {
  return turn.says.map((s) => s.text).join(' ');
}
