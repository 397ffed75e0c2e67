import { type JourneyDeps, journeyMetadata } from '../../application/journeys/journey-deps.js';
import { sendAccessCode } from '../../application/send-access-code.js';
import { runtime } from '../../runtime/runtime.js';
import { journeyStep, onboardingOf } from '../../workflow/journey-step.js';

/** SendAccessCode: the partner's first code, emailed; only its hash is recorded. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('send-access-code', deps, async (input, { deps }) => {
    const { expiresAt } = await sendAccessCode(
      deps,
      onboardingOf(input),
      journeyMetadata(input.execution, 'send-access-code'),
    );
    return { expiresAt };
  });

export const handler = createHandler(runtime);
