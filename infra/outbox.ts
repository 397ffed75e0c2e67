import { Duration, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { grantEventAppends } from './grants.js';
import { ProgramFunction } from './program-function.js';

export type OutboxProps = {
  events: ITableV2;
  senderEmail: string;
  sendEmail: PolicyStatement;
  bundleAwsSdk: boolean;
  logRetention: RetentionDays;
};

/**
 * The outbox: the Notifier Lambda reads the event table's stream (its second reader, beside the
 * projector) and sends the emails the events owe. A record that keeps failing goes to a dead-letter
 * queue, which is alarmed on.
 */
export class Outbox extends Construct {
  readonly notifier: ProgramFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: OutboxProps) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'NotifierDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    for (const id of ['AwsSolutions::AwsSolutions-SQS3', 'Serverless::Serverless-SQSRedrivePolicy']) {
      Validations.of(this.deadLetters).acknowledge({
        id,
        reason:
          'This queue is itself the dead-letter destination of the notifier; its messages are alarmed on and replayed, not redriven.',
      });
    }
    this.notifier = new ProgramFunction(this, 'Notifier', {
      handler: 'notifier',
      description: 'Sends the emails the events owe (the outbox)',
      environment: { EVENTS_TABLE: props.events.tableName, SENDER_EMAIL: props.senderEmail },
      timeout: Duration.seconds(60),
      bundleAwsSdk: props.bundleAwsSdk,
      logRetention: props.logRetention,
    });
    grantEventAppends(props.events, this.notifier);
    this.notifier.addToRolePolicy(props.sendEmail);
    this.notifier.addEventSource(
      new DynamoEventSource(props.events, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
  }
}
