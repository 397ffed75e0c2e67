import { type Decider, decideOn, fold } from '../../domain/decider.js';
import type { Refusal } from '../../domain/refusal.js';
import type { DomainEvent } from '../../events/catalog.js';
import type { EventMetadata } from '../../events/envelope.js';
import {
  type EventStore,
  IdempotencyKeyUsedError,
  StreamVersionConflictError,
} from '../ports/event-store.js';
import { ownEvents, readSlice } from './read-slice.js';

export type ExecuteOptions = {
  metadata: EventMetadata;
  /** Names the request: sent again, it records nothing new and gets what the first one recorded. */
  idempotencyKey?: string;
};

/** A command carried out: the state it was decided on, the events recorded now, the state after. */
export type Executed<State, Event, Code extends string> = {
  before: State;
  events: readonly Event[];
  after: State;
  /** The stream's version after the command. */
  version: number;
} & ({ ok: true } | { ok: false; refusal: Refusal<Code> });

const MAX_ATTEMPTS = 5;

/**
 * The one way a command is run: read the slice's stream, decide, append at the version decided
 * on. If another writer got there first, decide again on the new state: a concurrent command is
 * never lost, and never applied twice. A refusal is answered as a result, with whatever the
 * refusal itself records.
 */
export async function execute<Command, State, Event extends DomainEvent, Code extends string>(
  store: EventStore,
  decider: Decider<Command, State, Event, Code>,
  stream: string,
  command: Command,
  options: ExecuteOptions,
): Promise<Executed<State, Event, Code>> {
  const { metadata, idempotencyKey } = options;
  for (let attempt = 1; ; attempt++) {
    if (idempotencyKey) {
      const replayed = await replay(store, decider, stream, idempotencyKey);
      if (replayed) return replayed;
    }
    const read = await readSlice(store, decider, stream);
    const { before, decision, after } = decideOn(decider, read.events, command);
    let version = read.version;
    if (decision.events.length > 0) {
      try {
        version = (
          await store.appendToStream(stream, decision.events, {
            expectedVersion: read.version,
            metadata,
            ...(idempotencyKey ? { idempotencyKey } : {}),
          })
        ).version;
      } catch (error) {
        const retryable =
          error instanceof StreamVersionConflictError || error instanceof IdempotencyKeyUsedError;
        if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
        continue;
      }
    }
    const { events } = decision;
    return decision.ok
      ? { ok: true, before, events, after, version }
      : { ok: false, refusal: decision.refusal, before, events, after, version };
  }
}

/** What an append with this idempotency key recorded, replayed as the command's result. */
async function replay<Command, State, Event extends DomainEvent, Code extends string>(
  store: EventStore,
  decider: Decider<Command, State, Event, Code>,
  stream: string,
  idempotencyKey: string,
): Promise<Executed<State, Event, Code> | undefined> {
  const recorded = await store.readIdempotentAppend(idempotencyKey);
  if (!recorded) return undefined;
  const events = ownEvents(decider, recorded, `The append keyed ${idempotencyKey}`);
  const firstVersion = events[0]?.version ?? 1;
  const read = await readSlice(store, decider, stream);
  const history = read.events.filter((e) => e.version < firstVersion);
  const before = fold(decider.evolve, decider.initialState(), history);
  return { ok: true, before, events, after: fold(decider.evolve, before, events), version: read.version };
}
