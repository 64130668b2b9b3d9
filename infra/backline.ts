import { fileURLToPath } from 'node:url';
import { Annotations, Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import type { FunctionSpec } from './functions.js';
import { resolveStage, type StageConfig } from './stage.js';
import { ServiceStack } from './stacks/service-stack.js';
import { StateStack } from './stacks/state-stack.js';

/** The repository root: package.json, functions/ and content/ live here. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BacklineOptions {
  /** Defaults to the stage chosen by context `stage` / env BACKLINE_STAGE. */
  stage?: StageConfig;
  projectRoot?: string;
  /** Overrides the handler list (tests); defaults to the handlers that exist. */
  functions?: readonly FunctionSpec[];
}

/** Adds one stage's stateful and service stacks to `app`, checked by cdk-nag's AwsSolutions and HIPAA.Security packs at synth. */
export function createBackline(app: App, options: BacklineOptions = {}): { stage: StageConfig; state: StateStack; service: ServiceStack } {
  const stage = options.stage ?? resolveStage((key) => app.node.tryGetContext(key));
  const problems = readinessProblems(stage);
  if (stage.name === 'prod' && problems.length > 0) throw new Error(`Stage prod is not ready to deploy: ${problems.join('; ')}`);
  const env = stage.account || stage.region ? { account: stage.account, region: stage.region } : undefined;
  const prefix = `Backline-${stage.name}`;
  const state = new StateStack(app, `${prefix}-State`, {
    stage, env,
    description: `Backline ${stage.name}: conversation table and app secret (retained)`,
    terminationProtection: stage.name === 'prod',
  });
  const service = new ServiceStack(app, `${prefix}-Service`, {
    stage, env,
    terminationProtection: stage.name === 'prod',
    description: `Backline ${stage.name}: Twilio webhooks, scheduled tips, escalation alerts, alarms`,
    table: state.table,
    secret: state.secret,
    projectRoot: options.projectRoot ?? PROJECT_ROOT,
    ...(options.functions ? { functions: options.functions } : {}),
  });
  for (const problem of problems) Annotations.of(service).addWarningV2(`backline:readiness:${problem.split(':')[0]}`, `Stage ${stage.name}: ${problem}`);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));
  return { stage, state, service };
}

/** Lambda keeps this many executions of an account unreserved. */
const UNRESERVED_MINIMUM = 100;

/**
 * What a stage lacks to reach a person when it matters: someone subscribed to the alarms, on-call numbers to page,
 * a sender for pages and texts; and reserved concurrency the account's quota cannot hold. Prod refuses to synth
 * with any of them; other stages warn.
 */
export function readinessProblems(stage: StageConfig): string[] {
  const problems: string[] = [];
  if (!stage.alarmEmail) problems.push('alarmEmail: no one is subscribed to the alarms');
  if (stage.onCallNumbers.length === 0) problems.push('onCallNumbers: no one is paged on a red flag');
  if (!stage.twilioFrom) problems.push('twilioFrom: no sender for pages, tips and text-me-this');
  const reserved = Object.values(stage.reservedConcurrency).reduce((a, b) => a + b, 0);
  const room = Math.max(0, stage.concurrencyQuota - UNRESERVED_MINIMUM);
  if (reserved > room) problems.push(`reservedConcurrency: ${reserved} reserved but a quota of ${stage.concurrencyQuota} leaves room for ${room}`);
  return problems;
}
