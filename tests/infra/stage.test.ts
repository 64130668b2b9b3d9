import { describe, expect, it } from 'vitest';
import { resolveStage, STAGES_CONTEXT_KEY } from '../../infra/stage.js';

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
