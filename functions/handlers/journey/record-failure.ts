import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { recordJourneyFailure } from '../../application/journeys/record-journey-failure.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep } from '../../workflow/journey-step.js';

/** RecordFailure: every step's Catch ends here: the failure becomes an event and the program team is told. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('record-failure', deps, async (input, { deps }) => {
    await recordJourneyFailure(deps, input.execution, {
      step: input.plan.next,
      error: input.failure?.Error ?? 'Error',
      cause: input.failure?.Cause ?? '',
    });
    return {};
  });

export const handler = createHandler(journeyRuntime);
