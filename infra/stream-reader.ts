import { Duration, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { ProgramFunction } from './program-function.js';

export type StreamReaderProps = {
  events: ITableV2;
  /** Names the dead-letter queue (`<name>DeadLetters`) and its reason. */
  name: 'Projector' | 'Notifier';
  batchSize: number;
  /** The types of the new events the reader needs; by default every record is delivered. */
  eventTypes?: readonly string[];
};

/**
 * Makes `reader` a reader of the event table's stream. A batch that fails is halved until the
 * failing record is found; a record that keeps failing goes to a dead-letter queue (alarmed on by
 * the stack), never silently away. Returns that queue.
 */
export function readEventStream(scope: Construct, reader: ProgramFunction, props: StreamReaderProps): Queue {
  const deadLetters = new Queue(scope, `${props.name}DeadLetters`, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  for (const id of ['AwsSolutions::AwsSolutions-SQS3', 'Serverless::Serverless-SQSRedrivePolicy']) {
    Validations.of(deadLetters).acknowledge({
      id,
      reason: `This queue is itself the dead-letter destination of the ${props.name.toLowerCase()}; its messages are alarmed on and replayed, not redriven.`,
    });
  }
  reader.addEventSource(
    new DynamoEventSource(props.events, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: props.batchSize,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: 10,
      onFailure: new SqsDlq(deadLetters),
      ...(props.eventTypes
        ? {
            filters: [
              FilterCriteria.filter({
                eventName: FilterRule.isEqual('INSERT'),
                dynamodb: { NewImage: { type: { S: FilterRule.or(...props.eventTypes) } } },
              }),
            ],
          }
        : {}),
    }),
  );
  return deadLetters;
}
