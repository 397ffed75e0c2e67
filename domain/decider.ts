import type { DomainEvent } from '../events/catalog.js';
import type { Refusal } from './refusal.js';

/**
 * What a command comes to: the events to record, or a refusal that says which rule stood in the
 * way. A refusal may still record what happened (a wrong access code counts towards the lock).
 */
export type Decision<Event, Code extends string> =
  | { readonly ok: true; readonly events: readonly Event[] }
  | Refused<Event, Code>;

export type Refused<Event, Code extends string> = {
  readonly ok: false;
  readonly refusal: Refusal<Code>;
  readonly events: readonly Event[];
};

/** The command is accepted: these events (none when it changes nothing, as a retry). */
export const accept = <Event = never>(...events: Event[]): Decision<Event, never> => ({ ok: true, events });

/** The command is refused; `events` are what the refusal itself records, usually nothing. */
export const refuse = <Code extends string, Event = never>(
  refusal: Refusal<Code>,
  ...events: Event[]
): Refused<Event, Code> => ({ ok: false, refusal, events });

/** How a slice's state is folded from its events, and how its own events are told from others. */
export type Fold<State, Event extends DomainEvent> = {
  /** A slice's stream holds only its own events: reading one checks every event with this. */
  readonly isOwnEvent: (event: DomainEvent) => event is Event;
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
};

/**
 * A slice of the domain: commands decide events against state; events evolve state. `Code` is
 * the union of the refusals its commands can answer.
 */
export type Decider<Command, State, Event extends DomainEvent, Code extends string> = Fold<State, Event> & {
  readonly decide: (command: Command, state: State) => Decision<Event, Code>;
};

export const fold = <State, Event>(
  evolve: (state: State, event: Event) => State,
  initial: State,
  events: Iterable<Event>,
): State => {
  let state = initial;
  for (const event of events) state = evolve(state, event);
  return state;
};

/** A decision with the state it was made on and the state it leads to. */
export type Decided<State, Event, Code extends string> = {
  before: State;
  decision: Decision<Event, Code>;
  after: State;
};

/**
 * Decides a command on a history: what a use case does with a stream read from the store, and
 * what a specification does with the events it is given.
 */
export function decideOn<Command, State, Event extends DomainEvent, Code extends string>(
  decider: Decider<Command, State, Event, Code>,
  history: Iterable<Event>,
  command: Command,
): Decided<State, Event, Code> {
  const before = fold(decider.evolve, decider.initialState(), history);
  const decision = decider.decide(command, before);
  return { before, decision, after: fold(decider.evolve, before, decision.events) };
}
