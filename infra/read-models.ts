import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, type ITableV2, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { readModelTable } from '../functions/adapters/read-model-table.js';
import { grantReadModelWrites } from './grants.js';
import { ProgramFunction } from './program-function.js';

export type ReadModelsProps = {
  events: ITableV2;
  bundleAwsSdk: boolean;
  logRetention: RetentionDays;
  retainData: boolean;
};

/**
 * The read side: a table of views, kept by the projector Lambda from the event table's stream.
 * A batch that fails is halved until the failing record is found; records that keep failing go
 * to a dead-letter queue (and an alarm), never silently away.
 */
export class ReadModels extends Construct {
  readonly table: TableV2;
  readonly projector: ProgramFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: ReadModelsProps) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: readModelTable.partitionKey, type: AttributeType.STRING },
      sortKey: { name: readModelTable.sortKey, type: AttributeType.STRING },
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.retainData,
      removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.deadLetters = new Queue(this, 'ProjectorDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    for (const id of ['AwsSolutions::AwsSolutions-SQS3', 'Serverless::Serverless-SQSRedrivePolicy']) {
      Validations.of(this.deadLetters).acknowledge({
        id,
        reason:
          'This queue is itself the dead-letter destination of the projector; its messages are alarmed on and replayed, not redriven.',
      });
    }
    this.projector = new ProgramFunction(this, 'Projector', {
      handler: 'projector',
      description: 'Keeps the read models from the event stream',
      environment: { READ_MODELS_TABLE: this.table.tableName },
      timeout: Duration.seconds(60),
      bundleAwsSdk: props.bundleAwsSdk,
      logRetention: props.logRetention,
    });
    grantReadModelWrites(this.table, this.projector);
    this.projector.addEventSource(
      new DynamoEventSource(props.events, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
  }
}
