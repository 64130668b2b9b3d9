import { fileURLToPath } from 'node:url';
import { Validations, type App } from 'aws-cdk-lib';
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
  const env = stage.account || stage.region ? { account: stage.account, region: stage.region } : undefined;
  const prefix = `Backline-${stage.name}`;
  const state = new StateStack(app, `${prefix}-State`, {
    stage, env,
    description: `Backline ${stage.name}: conversation table and app secret (retained)`,
    terminationProtection: stage.name === 'prod',
  });
  const service = new ServiceStack(app, `${prefix}-Service`, {
    stage, env,
    description: `Backline ${stage.name}: Twilio webhooks, scheduled tips, escalation alerts, alarms`,
    table: state.table,
    secret: state.secret,
    projectRoot: options.projectRoot ?? PROJECT_ROOT,
    ...(options.functions ? { functions: options.functions } : {}),
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));
  return { stage, state, service };
}
