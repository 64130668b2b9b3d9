import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { readinessProblems } from '../../infra/backline.js';
import { buildApp, stageConfig } from './app.js';

const READY = { onCallNumbers: ['+15551230000'], twilioFrom: '+15557650000', alarmEmail: 'oncall@example.org' };

describe('a stage that could not reach a person', () => {
  it('names every missing setting: alarm subscriber, on-call numbers, sender', () => {
    expect(readinessProblems(stageConfig('dev')).map((p) => p.split(':')[0])).toEqual(['alarmEmail', 'onCallNumbers', 'twilioFrom']);
    expect(readinessProblems(stageConfig('dev', READY))).toEqual([]);
  });

  it('refuses to synth prod without them, and warns (but synthesizes) other stages', () => {
    expect(() => buildApp({ stage: stageConfig('prod') })).toThrow(/Stage prod is not ready to deploy: alarmEmail.*onCallNumbers.*twilioFrom/);
    const { service } = buildApp({ stage: stageConfig('dev') });
    Annotations.fromStack(service).hasWarning('*', Match.stringLikeRegexp('Stage dev: onCallNumbers: no one is paged'));
  });

  it('checks reserved concurrency against the stated account quota (100 must stay unreserved)', () => {
    expect(readinessProblems(stageConfig('prod', { ...READY, reservedConcurrency: { sms: 20 } }))).toEqual(['reservedConcurrency: 20 reserved but a quota of 10 leaves room for 0']);
    expect(readinessProblems(stageConfig('prod', { ...READY, reservedConcurrency: { sms: 20 }, concurrencyQuota: 1000 }))).toEqual([]);
    expect(readinessProblems(stageConfig('prod', READY))).toEqual([]);
  });

  it('protects both prod stacks from deletion', () => {
    const { state, service } = buildApp({ stage: stageConfig('prod', READY) });
    expect(state.terminationProtection).toBe(true);
    expect(service.terminationProtection).toBe(true);
  });
});
