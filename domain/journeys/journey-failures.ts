import { type EventOfType, isOneOf } from '../../events/catalog.js';
import { accept, type Decider } from '../decider.js';

/** The events of a journey's own stream: the steps that failed after their retries. */
export const journeyEventTypes = ['JourneyStepFailed'] as const;

export type JourneyEvent = EventOfType<(typeof journeyEventTypes)[number]>;

/** How many times the journey failed: each failure is told to the program team once. */
export type JourneyFailures = { failures: number };

export type RecordJourneyStepFailed = { type: 'RecordJourneyStepFailed'; data: JourneyEvent['data'] };

/** A failure is always recorded: an execution that fails again is a new failure to tell. */
export const journeyFailuresDecider: Decider<RecordJourneyStepFailed, JourneyFailures, JourneyEvent, never> =
  {
    isOwnEvent: isOneOf(journeyEventTypes),
    decide: ({ data }) => accept({ type: 'JourneyStepFailed', data }),
    evolve: (state) => ({ failures: state.failures + 1 }),
    initialState: () => ({ failures: 0 }),
  };
