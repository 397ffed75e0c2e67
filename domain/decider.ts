/** The shape every slice follows: commands decide events against state; events evolve state. */
export type Decider<Command, State, Event> = {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
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

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
