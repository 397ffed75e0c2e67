import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { grantEventAppends } from './grants.js';
import { ProgramFunction } from './program-function.js';
import { readEventStream } from './stream-reader.js';

export type OutboxProps = {
  events: ITableV2;
  senderEmail: string;
  /** Where the emails' links lead: the API's endpoint, which serves the portal. */
  publicBaseUrl: string;
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
    this.notifier = new ProgramFunction(this, 'Notifier', {
      handler: 'notifier',
      description: 'Sends the emails the events owe (the outbox)',
      environment: {
        EVENTS_TABLE: props.events.tableName,
        SENDER_EMAIL: props.senderEmail,
        PUBLIC_BASE_URL: props.publicBaseUrl,
      },
      timeout: Duration.seconds(60),
      bundleAwsSdk: props.bundleAwsSdk,
      logRetention: props.logRetention,
    });
    grantEventAppends(props.events, this.notifier);
    this.notifier.addToRolePolicy(props.sendEmail);
    this.deadLetters = readEventStream(this, this.notifier, {
      events: props.events,
      name: 'Notifier',
      batchSize: 25,
    });
  }
}
