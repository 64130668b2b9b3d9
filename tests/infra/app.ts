import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { createBackline, PROJECT_ROOT } from '../../infra/backline.js';
import type { FunctionSpec } from '../../infra/functions.js';
import { resolveStage, STAGES_CONTEXT_KEY, type StageConfig, type StageName } from '../../infra/stage.js';

const cdkContext = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context as Record<string, unknown>;

/** The stage as cdk.json configures it, with `overrides` merged over its settings. */
export function stageConfig(name: StageName, overrides: Record<string, unknown> = {}): StageConfig {
  const stages = cdkContext[STAGES_CONTEXT_KEY] as Record<string, Record<string, unknown>>;
  const merged = { ...stages, [name]: { ...stages[name], ...overrides } };
  return resolveStage((key) => (key === 'stage' ? name : key === STAGES_CONTEXT_KEY ? merged : undefined), {});
}

/** Builds both stacks without bundling (fast); pass `bundle` to run esbuild for real. */
export function buildApp(options: { stage?: StageConfig; functions?: readonly FunctionSpec[]; bundle?: boolean; outdir?: string } = {}) {
  const app = new App({
    context: {
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      '@aws-cdk/core:defaultCrossStackReferences': 'strong',
    },
    ...(options.outdir ? { outdir: options.outdir } : {}),
  });
  const built = createBackline(app, {
    stage: options.stage ?? stageConfig('dev'),
    projectRoot: PROJECT_ROOT,
    ...(options.functions ? { functions: options.functions } : {}),
  });
  return { app, ...built };
}

/** Every unacknowledged cdk-nag finding (AwsSolutions + HIPAA.Security) as `rule @ resource` lines. */
export function nagFindings(app: App): string[] {
  const findings: string[] = [];
  for (const pack of [new AwsSolutionsChecks(), new HIPAASecurityChecks()]) {
    const report = pack.validateScope(app);
    for (const violation of report.violations) {
      for (const resource of violation.violatingResources) {
        findings.push(`${violation.ruleName} @ ${resource.locations?.[0] ?? resource.resourceLogicalId}`);
      }
    }
  }
  return findings;
}
