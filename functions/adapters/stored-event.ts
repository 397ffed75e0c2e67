import { parseEvent, type RecordedEvent } from '../../events/catalog.js';

/** An event-table item as DynamoDB returns it (from a query or a stream record's image). */
export type StoredItem = { event?: { S?: string | undefined } | undefined };

/**
 * The event an event-table item holds, checked against the catalog: the one way events are read
 * back from DynamoDB (by the event store and by the projector), so nothing unknown or malformed
 * reaches the domain.
 */
export function eventOfItem(item: StoredItem): RecordedEvent {
  return parseEvent(JSON.parse(item.event?.S ?? 'null'));
}
