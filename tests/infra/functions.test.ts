import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/backline.js';
import { checkedFunctions, FUNCTIONS, type FunctionSpec } from '../../infra/functions.js';

describe('checkedFunctions', () => {
  it('deploys every function whose handler file exists', () => {
    expect(checkedFunctions(PROJECT_ROOT).map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
  });

  it('fails synth, naming the function and path, when a handler file is missing (never a silent skip)', () => {
    const moved: FunctionSpec = { ...FUNCTIONS[0]!, id: 'sms', entry: 'functions/handlers/sms-webhook.ts' };
    expect(() => checkedFunctions(PROJECT_ROOT, [moved, ...FUNCTIONS.slice(1)])).toThrow('Handler file not found for sms (functions/handlers/sms-webhook.ts)');
  });
});
