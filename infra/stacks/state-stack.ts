import { CfnOutput, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stage.js';
import { DUE_INDEX, TABLE_KEYS } from '../../functions/store/keys.js';

/** Keys of the app secret's JSON; the operator fills the Twilio ones after the first deploy (see the README, "Deploy"). */
const SECRET_TEMPLATE = { TWILIO_ACCOUNT_SID: '', TWILIO_AUTH_TOKEN: '' } as const;

export interface StateStackProps extends StackProps {
  stage: StageConfig;
}

/**
 * Everything that must outlive a redeploy: the conversation table and the app secret. Both are retained
 * when the stack is deleted; the table also has deletion protection and point-in-time recovery.
 */
export class StateStack extends Stack {
  readonly table: TableV2;
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: StateStackProps) {
    super(scope, id, props);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partition, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sort, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      timeToLiveAttribute: TABLE_KEYS.ttl,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // AWS managed key (aws/dynamodb): KMS encryption at rest with key use logged in CloudTrail, which is what
      // the HIPAA conformance pack's dynamodb-table-encrypted-kms rule asks, without KMS grants in every role.
      encryption: TableEncryptionV2.awsManagedKey(),
      dynamoStream: StreamViewType.NEW_IMAGE,
      globalSecondaryIndexes: [
        {
          indexName: DUE_INDEX.name,
          partitionKey: { name: DUE_INDEX.partition, type: AttributeType.STRING },
          sortKey: { name: DUE_INDEX.sort, type: AttributeType.STRING },
          projectionType: ProjectionType.ALL,
        },
      ],
    });

    const secretKey = new Key(this, 'SecretKey', {
      description: `Backline ${props.stage.name}: encrypts the app secret (Twilio credentials, phone-hash key)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.secret = new Secret(this, 'AppSecret', {
      description: `Backline ${props.stage.name}: Twilio credentials and the phone-hash key, as one JSON object`,
      encryptionKey: secretKey,
      removalPolicy: RemovalPolicy.RETAIN,
      // Generated once at creation. Never edit this block: CloudFormation regenerates the whole value when it
      // changes, which would replace the Twilio credentials and the phone-hash key (orphaning every contact).
      generateSecretString: {
        secretStringTemplate: JSON.stringify(SECRET_TEMPLATE),
        generateStringKey: 'PHONE_HASH_KEY',
        passwordLength: 64,
        excludePunctuation: true,
      },
    });
    Validations.of(this.secret).acknowledge(
      {
        id: 'AwsSolutions-SMG4',
        reason: 'Twilio issues the auth token; it is rotated in the Twilio console (secondary token, promote) and written here, as the README (Deploy) describes. The phone-hash key cannot rotate without re-keying every stored contact.',
      },
      {
        id: 'HIPAA.Security-SecretsManagerRotationEnabled',
        reason: 'Same as AwsSolutions-SMG4: the Twilio auth token is rotated by a documented manual procedure because Twilio, not AWS, issues it; the phone-hash key is the identity of stored contacts and must stay stable.',
      },
    );

    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'SecretArn', {
      value: this.secret.secretArn,
      description: 'Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN in this secret (aws secretsmanager put-secret-value)',
    });
  }
}
