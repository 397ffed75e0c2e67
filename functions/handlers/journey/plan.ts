import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { planJourney } from '../../application/journeys/plan-journey.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep } from '../../workflow/journey-step.js';

// A journey takes a few dozen rounds at most (waits are 20-day laps); far more means a plan that
// keeps asking for a step that changes nothing, which must fail loudly rather than loop.
export const MAX_ROUNDS = 200;

/** Plan: what the journey does next, from its events. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('plan', deps, async (input, { deps }) => {
    const round = input.plan.round + 1;
    if (round > MAX_ROUNDS)
      throw new Error(`${input.execution} planned ${MAX_ROUNDS} steps without finishing`);
    return { ...(await planJourney(deps, input.journey)), round };
  });

export const handler = createHandler(journeyRuntime);
