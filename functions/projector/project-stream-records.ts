import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import type { RecordedEvent } from '../../events/catalog.js';
import { eventTable } from '../adapters/event-table.js';
import { eventOfItem } from '../adapters/stored-event.js';
import type { Logger } from '../logging/logger.js';

export type EventProjector = { apply(event: RecordedEvent): Promise<unknown> };

/**
 * The event in a stream record, or undefined for what is not a new event: idempotency records
 * (and their expiry), and changes to existing items. Events are never changed or removed: that is
 * logged as an anomaly (`npm run verify` then finds where the hash chain broke).
 */
export function eventOfRecord(record: DynamoDBRecord, logger: Logger): RecordedEvent | undefined {
  const keys = record.dynamodb?.Keys;
  if (keys?.[eventTable.partitionKey]?.S?.startsWith(eventTable.idempotencyPrefix)) return undefined;
  if (record.eventName !== 'INSERT') {
    logger.warn('A stored event was changed or removed', { keys, eventName: record.eventName });
    return undefined;
  }
  const image = record.dynamodb?.NewImage;
  return image?.event?.S ? eventOfItem(image) : undefined;
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
