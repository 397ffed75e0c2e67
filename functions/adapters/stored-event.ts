import { parseEvent, type RecordedEvent } from '../../events/catalog.js';

/** An event-table item as DynamoDB returns it (from a query or a stream record's image). */
export type StoredItem = {
  stream?: { S?: string | undefined } | undefined;
  version?: { N?: string | undefined } | undefined;
  event?: { S?: string | undefined } | undefined;
};

/** A stored event that cannot be read: where it is, and why (the catalog's own error, as its cause). */
export class UnreadableStoredEventError extends Error {
  override readonly name = 'UnreadableStoredEventError';
  constructor(
    readonly stream: string,
    readonly version: string,
    cause: unknown,
  ) {
    super(`The stored event ${stream} version ${version} cannot be read: ${(cause as Error).message}`, {
      cause,
    });
  }
}

/**
 * The event an event-table item holds, checked against the catalog: the one way events are read
 * back from DynamoDB (by the event store and by the projector), so nothing unknown or malformed
 * reaches the domain. Each read parses its own copy, which `parseEvent` may hand on as it is.
 */
export function eventOfItem(item: StoredItem): RecordedEvent {
  try {
    return parseEvent(JSON.parse(item.event?.S ?? 'null'));
  } catch (error) {
    throw new UnreadableStoredEventError(
      item.stream?.S ?? '(no stream)',
      item.version?.N ?? '(no version)',
      error,
    );
  }
}
