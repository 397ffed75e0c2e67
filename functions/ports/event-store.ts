import type { DomainEvent, RecordedEvent } from '../../events/catalog.js';
import type { EventMetadata } from '../../events/envelope.js';

export type StreamRead = { version: number; events: RecordedEvent[] };

export type AppendOptions = {
  /** The stream's version the decision was made on: 0 for a new stream. */
  expectedVersion: number;
  metadata: EventMetadata;
  /**
   * Names the command (a request id, an approval decision) so that, sent again, it appends
   * nothing and gets back what the first one recorded. Written atomically with the events.
   */
  idempotencyKey?: string;
};

export type AppendResult = { version: number; events: RecordedEvent[] };

/** The first events of a stream that is expected not to exist yet. */
export type NewStream = { streamId: string; events: readonly DomainEvent[] };

/**
 * What became of a new stream: its events were appended, or not because the stream already had
 * events, or not because other writers kept holding it (it may or may not exist by now).
 */
export type NewStreamOutcome = 'appended' | 'exists' | 'contended';

export type IndexReadOptions = { recordedAtOrBefore?: string };

/**
 * The system of record, as a reader sees it. Index keys (from the event catalog) group events
 * across streams for projections.
 */
export interface EventReader {
  readStream(streamId: string): Promise<StreamRead>;
  /** Events of one index key, in the order they were recorded. */
  readIndex(indexKey: string, options?: IndexReadOptions): Promise<RecordedEvent[]>;
  /** The events an append with this idempotency key recorded, or undefined if there was none. */
  readIdempotentAppend(idempotencyKey: string): Promise<RecordedEvent[] | undefined>;
}

/** The system of record: streams are appended to with optimistic concurrency. */
export interface EventStore extends EventReader {
  /** Appends all events or none; throws StreamVersionConflictError if the stream moved on. */
  appendToStream(
    streamId: string,
    events: readonly DomainEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /**
   * Starts many streams at once, each with its first events (all of a stream's events or none),
   * as appends at version 0 would, in far fewer round trips: for a batch of commands that each
   * usually create a stream of their own. A stream not appended is left as it is: its command is
   * then decided on its history, as any other. The outcomes are in the order of `streams`, whose
   * ids must be distinct.
   */
  appendToNewStreams(
    streams: readonly NewStream[],
    options: Pick<AppendOptions, 'metadata'>,
  ): Promise<NewStreamOutcome[]>;
}

/** New streams are named once each, and each starts with at least one event. */
export function assertNewStreams(streams: readonly NewStream[]): void {
  const seen = new Set<string>();
  for (const { streamId, events } of streams) {
    if (seen.has(streamId)) throw new Error(`Stream ${streamId} is named twice among new streams`);
    if (events.length === 0) throw new Error(`New stream ${streamId} has no events`);
    seen.add(streamId);
  }
}

export class IdempotencyKeyUsedError extends Error {
  override readonly name = 'IdempotencyKeyUsedError';
  constructor(readonly idempotencyKey: string) {
    super(`An append with idempotency key ${idempotencyKey} was already recorded`);
  }
}

export class AppendTooLargeError extends Error {
  override readonly name = 'AppendTooLargeError';
}

export class StreamVersionConflictError extends Error {
  override readonly name = 'StreamVersionConflictError';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
  ) {
    super(`Stream ${streamId} is no longer at version ${expectedVersion}`);
  }
}

export class EventStreamMismatchError extends Error {
  override readonly name = 'EventStreamMismatchError';
  constructor(streamId: string, event: DomainEvent, expected: string) {
    super(`${event.type} belongs to stream ${expected}, not ${streamId}`);
  }
}
