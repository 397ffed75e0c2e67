import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import type { RecordedEvent } from '../../events/catalog.js';
import { eventTable } from '../adapters/event-table.js';
import { eventOfItem } from '../adapters/stored-event.js';
import type { Logger } from '../logging/logger.js';

export type EventProjector = { project(events: readonly RecordedEvent[]): Promise<unknown> };

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
 * Applies stream records to the read models, the whole batch at once. If that fails, the records
 * are applied one by one to find the first that fails, which is reported: Lambda (or the local
 * poller) delivers it and everything after it again, and what was already applied is skipped.
 */
export async function projectStreamRecords(
  records: DynamoDBRecord[],
  projector: EventProjector,
  logger: Logger,
): Promise<DynamoDBBatchResponse> {
  try {
    await projector.project(records.flatMap((record) => eventOfRecord(record, logger) ?? []));
    return { batchItemFailures: [] };
  } catch (error) {
    logger.warn('A batch of stream records failed; applying them one by one', { error });
  }
  for (const record of records) {
    try {
      const event = eventOfRecord(record, logger);
      if (event) await projector.project([event]);
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
