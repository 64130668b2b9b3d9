import { describe, expect, it } from 'vitest';
import { TwilioOptOuts, twilioKeyword } from '../../../dev/simulator/twilio-opt-outs.js';

describe("Twilio's opt-out model", () => {
  it('knows only whole-message keywords, any case', () => {
    expect(twilioKeyword(' stop ')).toBe('opt-out');
    expect(twilioKeyword('Unsubscribe')).toBe('opt-out');
    expect(twilioKeyword('stop sending me tips')).toBeUndefined();
    expect(twilioKeyword('ALTO')).toBeUndefined();
    expect(twilioKeyword('start')).toBe('opt-in');
  });

  it('blocks a phone from STOP until START, and reports an opt-in only for a blocked phone', () => {
    const optOuts = new TwilioOptOuts();
    expect(optOuts.inbound('+15550100001', 'YES')).toBeUndefined();
    expect(optOuts.inbound('+15550100001', 'STOP')).toBe('opt-out');
    expect(optOuts.isBlocked('+15550100001')).toBe(true);
    expect(optOuts.isBlocked('+15550100002')).toBe(false);
    expect(optOuts.inbound('+15550100001', 'START')).toBe('opt-in');
    expect(optOuts.isBlocked('+15550100001')).toBe(false);
    optOuts.inbound('+15550100001', 'QUIT');
    optOuts.forget('+15550100001');
    expect(optOuts.isBlocked('+15550100001')).toBe(false);
  });
});
