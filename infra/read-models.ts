import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, type ITableV2, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { readModelTable } from '../functions/adapters/read-model-table.js';
import { projectedEventTypes } from '../functions/read-models/targets.js';
import { grantEventReads, grantReadModelWrites } from './grants.js';
import { ProgramFunction } from './program-function.js';
import { readEventStream } from './stream-reader.js';

export type ReadModelsProps = {
  events: ITableV2;
  bundleAwsSdk: boolean;
  logRetention: RetentionDays;
  retainData: boolean;
};

/**
 * The read side: a table of views, kept by the projector Lambda from the event table's stream, and
 * the statement summaries of the payout report, worked out by the projector and, every minute, by
 * a sweep of what is still due.
 */
export class ReadModels extends Construct {
  readonly table: TableV2;
  readonly projector: ProgramFunction;
  readonly summarizer: ProgramFunction;
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
    this.projector = new ProgramFunction(this, 'Projector', {
      handler: 'projector',
      description: 'Keeps the read models from the event stream',
      environment: { READ_MODELS_TABLE: this.table.tableName, EVENTS_TABLE: props.events.tableName },
      timeout: Duration.seconds(60),
      bundleAwsSdk: props.bundleAwsSdk,
      logRetention: props.logRetention,
    });
    this.summarizer = new ProgramFunction(this, 'Summarizer', {
      handler: 'summarizer',
      description: 'Works out the statement summaries still due, every minute',
      environment: { READ_MODELS_TABLE: this.table.tableName, EVENTS_TABLE: props.events.tableName },
      timeout: Duration.seconds(60),
      bundleAwsSdk: props.bundleAwsSdk,
      logRetention: props.logRetention,
    });
    const schedule = new Rule(this, 'SummarizerSchedule', {
      description: 'Sweeps the statement summaries still due',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(this.summarizer)],
    });
    Validations.of(schedule).acknowledge({
      id: 'Serverless::Serverless-EventBusDLQ',
      reason:
        'Each sweep works out whatever is still due, so a missed invocation needs no replay: the next minute does it. A sweep that fails raises the Lambda errors alarm.',
    });
    for (const fn of [this.projector, this.summarizer]) {
      grantReadModelWrites(this.table, fn);
      grantEventReads(props.events, fn);
    }
    this.deadLetters = readEventStream(this, this.projector, {
      events: props.events,
      name: 'Projector',
      // Many lines of a partner's day to one page write, and many pages to a transaction.
      batchSize: 1000,
      // New events of the types it folds: no idempotency records, no emails sent, no staff sign-ins.
      eventTypes: projectedEventTypes,
    });
  }
}
