import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { sendOnboardingCode } from '../../application/journeys/send-onboarding-code.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep, onboardingOf } from '../../workflow/journey-step.js';

/** SendAccessCode: a code for the partner (the first, or a locked one's replacement), emailed; only its hash is recorded. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('send-access-code', deps, (input, { deps }) =>
    sendOnboardingCode(deps, onboardingOf(input), input.execution),
  );

export const handler = createHandler(journeyRuntime);
