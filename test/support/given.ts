import { expect } from 'vitest';
import { type Decider, decideOn } from '../../domain/decider.js';
import type { RefusalKind } from '../../domain/refusal.js';
import type { DomainEvent } from '../../events/catalog.js';

/**
 * Decider specifications read as the rules do: `given(events).when(command).then(events)`, or
 * `.thenRefuses(kind, code)`. The command is decided as a use case decides it (decideOn).
 */
export const specFor =
  <Command, State, Event extends DomainEvent, Code extends string>(
    decider: Decider<Command, State, Event, Code>,
  ) =>
  (history: Event[]) => ({
    when: (command: Command) => {
      const decide = () => decideOn(decider, history, command).decision;
      const accepted = () => {
        const decision = decide();
        if (!decision.ok) throw new Error(`Refused: ${decision.refusal.code} (${decision.refusal.message})`);
        return [...decision.events];
      };
      return {
        // biome-ignore lint/suspicious/noThenProperty: given/when/then is the point of this helper, and nothing awaits it.
        then: (expected: Event[]) => expect(accepted()).toEqual(expected),
        thenNothingHappens: () => expect(accepted()).toEqual([]),
        /** Refused by the rule `code`; what the refusal itself records, when it records anything. */
        thenRefuses: (kind: RefusalKind, code: Code, recorded: Event[] = []) => {
          const decision = decide();
          expect(decision).toMatchObject({ ok: false, refusal: { kind, code } });
          expect(decision.events).toEqual(recorded);
          if (decision.ok) throw new Error('The command was accepted');
          return decision.refusal;
        },
        /** The events an accepted command records, to build on. */
        events: accepted,
      };
    },
  });
