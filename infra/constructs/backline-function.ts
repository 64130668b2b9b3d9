import { join } from 'node:path';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, ParamsAndSecretsLayerVersion, ParamsAndSecretsLogLevel, ParamsAndSecretsVersions, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CONTENT_TARGET_DIR, nodejsBundling } from '../bundling.js';
import { LAMBDA_NODE_OPTIONS } from '../node-options.js';
import type { FunctionSpec } from '../functions.js';
import type { StageConfig } from '../stage.js';

/** Where Lambda unpacks the function package. */
const TASK_ROOT = '/var/task';

export interface BacklineFunctionProps {
  spec: FunctionSpec;
  stage: StageConfig;
  projectRoot: string;
  table: ITableV2;
  secret: ISecret;
  logKey: IKey;
  /** Environment every function gets (TABLE_NAME, PUBLIC_BASE_URL, ...). */
  environment: Record<string, string>;
  /** Receives events that asynchronous invocations could not process. */
  deadLetterQueue?: IQueue;
}

/**
 * One handler as a Lambda function with its own role, log group and exactly the grants its spec lists:
 * item actions on the base table, Query on named indexes only, and read access to the app secret.
 */
export class BacklineFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: BacklineFunctionProps) {
    super(scope, id);
    const { spec, stage, table } = props;

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: stage.logRetentionDays as RetentionDays,
      encryptionKey: props.logKey,
      removalPolicy: stage.name === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Backline ${stage.name} ${spec.id} function`,
    });
    this.role.addToPrincipalPolicy(new PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [this.logGroup.logGroupArn],
    }));

    this.fn = new NodejsFunction(this, 'Function', {
      description: `Backline ${stage.name}: ${spec.description}`,
      entry: join(props.projectRoot, spec.entry),
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb,
      timeout: Duration.seconds(spec.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      bundling: nodejsBundling(spec.content),
      environment: {
        NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
        ...props.environment,
        ...(spec.content ? { CONTENT_DIR: `${TASK_ROOT}/${CONTENT_TARGET_DIR}` } : {}),
        ...(spec.secret ? { SECRETS_ARN: props.secret.secretArn } : {}),
        ...spec.env?.(stage),
      },
      ...(spec.secret
        ? {
            paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
              cacheEnabled: true,
              secretsManagerTimeout: Duration.seconds(2),
              logLevel: ParamsAndSecretsLogLevel.WARN,
            }),
          }
        : {}),
      ...(stage.reservedConcurrency[spec.id] ? { reservedConcurrentExecutions: stage.reservedConcurrency[spec.id] } : {}),
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
    });

    if (spec.table.items.length > 0) {
      this.role.addToPrincipalPolicy(new PolicyStatement({
        actions: spec.table.items.map((action) => `dynamodb:${action}`),
        resources: [table.tableArn],
      }));
    }
    for (const index of spec.table.queryIndexes ?? []) {
      this.role.addToPrincipalPolicy(new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [`${table.tableArn}/index/${index}`],
      }));
    }
    if (spec.secret) {
      // Explicit statements instead of secret.grantRead(): that grant writes this role into the key's policy in the
      // state stack, a reference back from the state stack to this one (a cycle).
      this.role.addToPrincipalPolicy(new PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: [props.secret.secretArn],
      }));
      if (props.secret.encryptionKey) {
        this.role.addToPrincipalPolicy(new PolicyStatement({
          actions: ['kms:Decrypt'],
          resources: [props.secret.encryptionKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${Stack.of(this).region}.amazonaws.com` } },
        }));
      }
    }
  }
}
