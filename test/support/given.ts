import { expect } from 'vitest';
import { fold } from '../../domain/decider.js';
import { DomainError, type DomainErrorKind } from '../../domain/errors.js';

type Slice<Command, State, Event> = {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
};

/**
 * Decider specifications read as the rules do:
 * `given(events).when(command).then(events)` or `.thenThrows(kind, code)`.
 */
export const specFor =
  <Command, State, Event>(slice: Slice<Command, State, Event>) =>
  (history: Event[]) => ({
    when: (command: Command) => {
      const decide = () => slice.decide(command, fold(slice.evolve, slice.initialState(), history));
      return {
        // biome-ignore lint/suspicious/noThenProperty: given/when/then is the point of this helper, and nothing awaits it.
        then: (expected: Event[]) => expect(decide()).toEqual(expected),
        thenNothingHappens: () => expect(decide()).toEqual([]),
        thenThrows: (kind: DomainErrorKind, code: string) => {
          let thrown: unknown;
          try {
            decide();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DomainError);
          expect(thrown).toMatchObject({ kind, code });
          return thrown as DomainError;
        },
        events: decide,
      };
    },
  });
