import { describe, expect, it } from 'vitest';
import { resolveStage, STAGES_CONTEXT_KEY } from '../../infra/stage.js';
import { parseConfig } from '../../functions/app/config.js';

const context = (values: Record<string, unknown>) => (key: string) => values[key];

describe('resolveStage', () => {
  it('defaults to dev with default settings', () => {
    expect(resolveStage(context({}), {})).toMatchObject({ name: 'dev', logRetentionDays: 30, onCallNumbers: [], turnTimeoutMs: 6000 });
  });

  it('takes the stage from context before BACKLINE_STAGE', () => {
    const stages = { prod: { logRetentionDays: 365 }, dev: { logRetentionDays: 7 } };
    expect(resolveStage(context({ stage: 'prod', [STAGES_CONTEXT_KEY]: stages }), { BACKLINE_STAGE: 'dev' }).logRetentionDays).toBe(365);
    expect(resolveStage(context({ [STAGES_CONTEXT_KEY]: stages }), { BACKLINE_STAGE: 'prod' }).name).toBe('prod');
  });

  it('rejects unknown stages, unknown keys and bad values with the field named', () => {
    expect(() => resolveStage(context({ stage: 'qa' }), {})).toThrow();
    expect(() => resolveStage(context({ [STAGES_CONTEXT_KEY]: { dev: { logRetention: 7 } } }), {})).toThrow(/logRetention/);
    expect(() => resolveStage(context({ [STAGES_CONTEXT_KEY]: { dev: { logRetentionDays: 8 } } }), {})).toThrow(/logRetentionDays/);
    expect(() => resolveStage(context({ [STAGES_CONTEXT_KEY]: { dev: { onCallNumbers: ['555-1234'] } } }), {})).toThrow(/E\.164/);
  });
});

describe('phone numbers in stage settings', () => {
  it('accepts exactly the numbers the deployed functions accept, so synth never passes a number the alerts function refuses at startup', () => {
    const numbers = ['+1555123', '+15551234', '+155512345678901', '+1555123456789012', '+05551234567', '15551234567', '+1 555 123 4567'];
    for (const [setting, variable] of [['onCallNumbers', 'ON_CALL_NUMBERS'], ['hotlineNumbers', 'HOTLINE_NUMBERS']] as const) {
      for (const n of numbers) {
        const synth = (() => {
          try {
            resolveStage(context({ [STAGES_CONTEXT_KEY]: { dev: { [setting]: [n] } } }), {});
            return true;
          } catch {
            return false;
          }
        })();
        const runtime = (() => {
          try {
            parseConfig({ TWILIO_AUTH_TOKEN: 't', PUBLIC_BASE_URL: 'https://example.org', PHONE_HASH_KEY: 'k'.repeat(16), [variable]: n });
            return true;
          } catch {
            return false;
          }
        })();
        expect(synth, `${setting} ${n}`).toBe(runtime);
      }
    }
    expect(() => resolveStage(context({ [STAGES_CONTEXT_KEY]: { dev: { onCallNumbers: ['+1555123'] } } }), {})).toThrow(/E\.164/);
  });
});
