import type { DomainEvent, RecordedEvent } from '../../events/catalog.js';
import type { EventMetadata } from '../../events/envelope.js';
import { type EventStore, StreamVersionConflictError } from '../ports/event-store.js';

export type Slice<State, Event extends DomainEvent> = {
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
};

export type Loaded<State> = { state: State; version: number };

export async function loadState<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  slice: Slice<State, Event>,
): Promise<Loaded<State>> {
  const { version, events } = await store.readStream(streamId);
  // A stream holds only its own slice's events: the catalog routes every event type to one kind of stream.
  const state = (events as unknown as Event[]).reduce(slice.evolve, slice.initialState());
  return { state, version };
}

export type Handled<State, Event extends DomainEvent> = {
  /** The events this command appended (none when it changed nothing). */
  recorded: RecordedEvent[];
  decided: Event[];
  /** The state the command was decided on. */
  before: State;
};

const MAX_ATTEMPTS = 5;

/**
 * Load the stream, decide, append at the version decided on. If another writer got there first,
 * decide again on the new state: a concurrent command is never lost, and never applied twice.
 */
export async function handleCommand<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  slice: Slice<State, Event>,
  decide: (state: State) => Event[],
  metadata: EventMetadata,
): Promise<Handled<State, Event>> {
  for (let attempt = 1; ; attempt++) {
    const { state, version } = await loadState(store, streamId, slice);
    const decided = decide(state);
    if (decided.length === 0) return { recorded: [], decided, before: state };
    try {
      const { events } = await store.appendToStream(streamId, decided, {
        expectedVersion: version,
        metadata,
      });
      return { recorded: events, decided, before: state };
    } catch (error) {
      if (!(error instanceof StreamVersionConflictError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
