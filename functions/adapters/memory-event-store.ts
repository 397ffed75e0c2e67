import { randomUUID } from 'node:crypto';
import { type DomainEvent, parseEvent, prepareNewEvent, type RecordedEvent } from '../../events/catalog.js';
import type { EventMetadata } from '../../events/envelope.js';
import { instantMs } from '../../events/instant.js';
import type { Clock } from '../ports/clock.js';
import {
  type AppendOptions,
  type AppendResult,
  assertNewStreams,
  type EventStore,
  EventStreamMismatchError,
  IdempotencyKeyUsedError,
  type IndexReadOptions,
  type NewStream,
  type NewStreamOutcome,
  type StreamRead,
  StreamVersionConflictError,
} from '../ports/event-store.js';

/**
 * An event store in memory, with the same contract as the DynamoDB one: events are validated on
 * the way in, stored as JSON text, and parsed against the catalog on the way out, each read into
 * objects of its own. For unit tests and the payout simulator.
 */
export class MemoryEventStore implements EventStore {
  private readonly streams = new Map<string, Stored[]>();
  private readonly indexes = new Map<string, Stored[]>();
  private readonly idempotentAppends = new Map<string, Stored[]>();

  constructor(private readonly clock: Clock) {}

  async readStream(streamId: string): Promise<StreamRead> {
    const events = (this.streams.get(streamId) ?? []).map(readEvent);
    return { version: events.length, events };
  }

  async appendToStream(
    streamId: string,
    events: readonly DomainEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const stream = this.streams.get(streamId) ?? [];
    if (options.idempotencyKey && this.idempotentAppends.has(options.idempotencyKey)) {
      throw new IdempotencyKeyUsedError(options.idempotencyKey);
    }
    if (stream.length !== options.expectedVersion) {
      throw new StreamVersionConflictError(streamId, options.expectedVersion);
    }
    const recordedAt = laterOf(this.clock.now(), stream.at(-1)?.recordedAt);
    const recorded = this.recordedOf(streamId, events, options.expectedVersion, recordedAt, options.metadata);
    this.keep(streamId, recorded);
    if (options.idempotencyKey) this.idempotentAppends.set(options.idempotencyKey, recorded);
    return { version: options.expectedVersion + recorded.length, events: recorded.map(readEvent) };
  }

  async appendToNewStreams(
    streams: readonly NewStream[],
    { metadata }: Pick<AppendOptions, 'metadata'>,
  ): Promise<NewStreamOutcome[]> {
    assertNewStreams(streams);
    const recordedAt = this.clock.now();
    // Every event is checked before any is kept, as one call to the store.
    const prepared = streams.map(({ streamId, events }) => ({
      streamId,
      recorded: this.recordedOf(streamId, events, 0, recordedAt, metadata),
    }));
    return prepared.map(({ streamId, recorded }) => {
      if ((this.streams.get(streamId)?.length ?? 0) > 0) return 'exists';
      this.keep(streamId, recorded);
      return 'appended';
    });
  }

  private recordedOf(
    streamId: string,
    events: readonly DomainEvent[],
    expectedVersion: number,
    recordedAt: string,
    metadata: EventMetadata,
  ): Indexed[] {
    return events.map((event, i) => {
      const { stream: expectedStream, indexKey, ...fields } = prepareNewEvent(event);
      if (expectedStream !== streamId) throw new EventStreamMismatchError(streamId, event, expectedStream);
      const json = JSON.stringify({
        eventId: randomUUID(),
        stream: streamId,
        version: expectedVersion + i + 1,
        ...fields,
        recordedAt,
        metadata,
      });
      return { indexKey, json, recordedAt };
    });
  }

  private keep(streamId: string, recorded: readonly Indexed[]) {
    const stream = this.streams.get(streamId) ?? [];
    stream.push(...recorded);
    this.streams.set(streamId, stream);
    for (const entry of recorded) {
      if (!entry.indexKey) continue;
      const entries = this.indexes.get(entry.indexKey) ?? [];
      entries.push(entry);
      this.indexes.set(entry.indexKey, entries);
    }
  }

  async readIdempotentAppend(idempotencyKey: string): Promise<RecordedEvent[] | undefined> {
    return this.idempotentAppends.get(idempotencyKey)?.map(readEvent);
  }

  async readIndex(indexKey: string, options: IndexReadOptions = {}): Promise<RecordedEvent[]> {
    const upTo = options.recordedAtOrBefore;
    return (this.indexes.get(indexKey) ?? [])
      .filter((entry) => upTo === undefined || instantMs(entry.recordedAt) <= instantMs(upTo))
      .map(readEvent);
  }
}

/** An event as kept: its envelope as JSON text, and when it was recorded, for "as of" reads. */
type Stored = { json: string; recordedAt: string };

type Indexed = Stored & { indexKey: string | undefined };

const readEvent = ({ json }: Stored) => parseEvent(JSON.parse(json));

// A stream's events are recorded in time order even if clocks disagree, so "as of" reads never
// see a later version without an earlier one.
const laterOf = (now: string, previous: string | undefined) =>
  previous !== undefined && instantMs(previous) > instantMs(now) ? previous : now;
