import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { parseEvent, type RecordedEvent } from '../../events/catalog.js';
import type { Logger } from '../logging/logger.js';

export type EventProjector = { apply(event: RecordedEvent): Promise<unknown> };

/**
 * The event in a stream record, or undefined for what is not a new event: idempotency records,
 * and changes to existing items (events are never changed; a change is logged as an anomaly).
 */
export function eventOfRecord(record: DynamoDBRecord, logger: Logger): RecordedEvent | undefined {
  const image = record.dynamodb?.NewImage;
  const json = image?.event?.S;
  if (record.eventName !== 'INSERT') {
    if (json)
      logger.warn('A stored event was changed or removed', {
        keys: record.dynamodb?.Keys,
        eventName: record.eventName,
      });
    return undefined;
  }
  return json ? parseEvent(JSON.parse(json)) : undefined;
}

/**
 * Applies stream records to the read models in order. At the first record that fails, it stops
 * and reports that record: Lambda (or the local poller) delivers it and everything after it
 * again, and the records already applied are skipped as duplicates.
 */
export async function projectStreamRecords(
  records: DynamoDBRecord[],
  projector: EventProjector,
  logger: Logger,
): Promise<DynamoDBBatchResponse> {
  for (const record of records) {
    try {
      const event = eventOfRecord(record, logger);
      if (event) await projector.apply(event);
    } catch (error) {
      const itemIdentifier = record.dynamodb?.SequenceNumber ?? '';
      logger.error('Could not project a stream record', {
        sequenceNumber: itemIdentifier,
        keys: record.dynamodb?.Keys,
        error,
      });
      return { batchItemFailures: [{ itemIdentifier }] };
    }
  }
  return { batchItemFailures: [] };
}
