import type { DomainEvent, RecordedEvent } from '../../events/catalog.js';
import type { EventMetadata } from '../../events/envelope.js';
import {
  type EventStore,
  IdempotencyKeyUsedError,
  StreamVersionConflictError,
} from '../ports/event-store.js';

export type Slice<State, Event extends DomainEvent> = {
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
};

export type Loaded<State> = { state: State; version: number };

// A stream holds only its own slice's events: the catalog routes every event type to one kind of stream.
const foldEvents = <State, Event extends DomainEvent>(slice: Slice<State, Event>, events: RecordedEvent[]) =>
  (events as unknown as Event[]).reduce(slice.evolve, slice.initialState());

export async function loadState<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  slice: Slice<State, Event>,
): Promise<Loaded<State>> {
  const { version, events } = await store.readStream(streamId);
  return { state: foldEvents(slice, events), version };
}

export type Handled<State, Event extends DomainEvent> = {
  /** The events this command appended (none when it changed nothing). */
  recorded: RecordedEvent[];
  decided: Event[];
  /** The state the command was decided on. */
  before: State;
};

export type CommandOptions = { metadata: EventMetadata; idempotencyKey?: string };

const MAX_ATTEMPTS = 5;

/**
 * Load the stream, decide, append at the version decided on. If another writer got there first,
 * decide again on the new state: a concurrent command is never lost, and never applied twice.
 * A command with an idempotency key that was already recorded returns what it recorded then.
 */
export async function handleCommand<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  slice: Slice<State, Event>,
  decide: (state: State) => Event[],
  options: CommandOptions,
): Promise<Handled<State, Event>> {
  const { metadata, idempotencyKey } = options;
  for (let attempt = 1; ; attempt++) {
    if (idempotencyKey) {
      const replayed = await replay(store, streamId, slice, idempotencyKey);
      if (replayed) return replayed;
    }
    const { state, version } = await loadState(store, streamId, slice);
    const decided = decide(state);
    if (decided.length === 0) return { recorded: [], decided, before: state };
    try {
      const appended = await store.appendToStream(streamId, decided, {
        expectedVersion: version,
        metadata,
        ...(idempotencyKey ? { idempotencyKey } : {}),
      });
      return { recorded: appended.events, decided, before: state };
    } catch (error) {
      const retryable =
        error instanceof StreamVersionConflictError || error instanceof IdempotencyKeyUsedError;
      if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function replay<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  slice: Slice<State, Event>,
  idempotencyKey: string,
): Promise<Handled<State, Event> | undefined> {
  const recorded = await store.readIdempotentAppend(idempotencyKey);
  if (!recorded) return undefined;
  const firstVersion = recorded[0]?.version ?? 1;
  const { events } = await store.readStream(streamId);
  const before = foldEvents(
    slice,
    events.filter((e) => e.version < firstVersion),
  );
  return { recorded, decided: recorded as unknown as Event[], before };
}
