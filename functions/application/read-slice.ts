import type { Fold } from '../../domain/decider.js';
import { fold } from '../../domain/decider.js';
import type { DomainEvent, RecordedEvent } from '../../events/catalog.js';
import { instantMs } from '../../events/instant.js';
import type { EventReader } from '../ports/event-store.js';

/** As it stands (no `asOf`), or as it stood at an instant: what had been recorded by then. */
export type AsOf = { asOf?: string };

/** An event of a slice, as recorded. */
export type Recorded<Event extends DomainEvent> = RecordedEvent & Event;

/** A stream or an index holds an event its slice does not fold: the catalog and the code disagree. */
export class ForeignEventError extends Error {
  override readonly name = 'ForeignEventError';
  constructor(where: string, event: RecordedEvent) {
    super(`${where} holds ${event.type} (event ${event.eventId}), which its slice does not fold`);
  }
}

/** The slice's own events, checked one by one: a foreign one is a bug, never skipped silently. */
export function ownEvents<State, Event extends DomainEvent>(
  slice: Fold<State, Event>,
  events: readonly RecordedEvent[],
  where: string,
): Recorded<Event>[] {
  const own: Recorded<Event>[] = [];
  for (const event of events) {
    if (!slice.isOwnEvent(event)) throw new ForeignEventError(where, event);
    own.push(event);
  }
  return own;
}

/** Events recorded by an instant: what anyone could have known then. */
export const recordedBy = <Event extends RecordedEvent>(events: readonly Event[], asOf: string): Event[] => {
  const asOfMs = instantMs(asOf);
  return events.filter((event) => instantMs(event.recordedAt) <= asOfMs);
};

export type SliceRead<State, Event extends DomainEvent> = {
  state: State;
  /** The stream's version, all events counted (also those recorded after `asOf`). */
  version: number;
  /** The events folded into `state`. */
  events: Recorded<Event>[];
};

/** Or as one of its events left it (what an email about that event tells, however late it goes). */
export type SliceReadOptions = AsOf & { throughVersion?: number };

/** A slice's state from its stream, as it stands or as it stood at an instant or an event. */
export async function readSlice<State, Event extends DomainEvent>(
  store: EventReader,
  slice: Fold<State, Event>,
  stream: string,
  options: SliceReadOptions = {},
): Promise<SliceRead<State, Event>> {
  const { version, events } = await store.readStream(stream);
  const own = ownEvents(slice, events, `Stream ${stream}`);
  const { asOf, throughVersion } = options;
  const recorded = asOf ? recordedBy(own, asOf) : own;
  const folded =
    throughVersion === undefined ? recorded : recorded.filter((e) => e.version <= throughVersion);
  return { state: fold(slice.evolve, slice.initialState(), folded), version, events: folded };
}

/** The events of one index key, each checked to be of the slice that reads them. */
export async function readIndexed<State, Event extends DomainEvent>(
  store: EventReader,
  slice: Fold<State, Event>,
  indexKey: string,
  options: AsOf = {},
): Promise<Recorded<Event>[]> {
  const events = await store.readIndex(indexKey, options.asOf ? { recordedAtOrBefore: options.asOf } : {});
  return ownEvents(slice, events, `Index ${indexKey}`);
}

/** A projection's state from the events of one index key (a campaign's registrations, say). */
export async function foldIndex<State, Event extends DomainEvent>(
  store: EventReader,
  projection: Fold<State, Event>,
  indexKey: string,
  options: AsOf = {},
): Promise<State> {
  const events = await readIndexed(store, projection, indexKey, options);
  return fold(projection.evolve, projection.initialState(), events);
}
