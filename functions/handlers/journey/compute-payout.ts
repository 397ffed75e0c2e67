import { computePayout } from '../../application/journeys/campaign-end.js';
import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep, registrationOf } from '../../workflow/journey-step.js';

/** ComputePayout: the statement replayed from events at the campaign's end, pinned by its digest. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('compute-payout', deps, async (input, { deps }) => {
    await computePayout(deps, registrationOf(input), input.execution);
    return {};
  });

export const handler = createHandler(journeyRuntime);
