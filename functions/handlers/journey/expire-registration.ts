import { expireUndecided } from '../../application/journeys/campaign-end.js';
import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep, registrationOf } from '../../workflow/journey-step.js';

/** ExpireRegistration: undecided when the campaign ended, so it expires (RegistrationExpired). */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('expire-registration', deps, async (input, { deps }) => {
    await expireUndecided(deps, registrationOf(input), input.execution);
    return {};
  });

export const handler = createHandler(journeyRuntime);
