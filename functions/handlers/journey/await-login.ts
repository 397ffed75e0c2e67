import * as z from 'zod';
import { awaitPerson } from '../../application/journeys/await-person.js';
import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { loadOnboardingFacts } from '../../application/journeys/journey-facts.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep, onboardingOf } from '../../workflow/journey-step.js';

const Wait = z.object({
  taskToken: z.string(),
  plan: z.object({ waitSeconds: z.number().int().positive() }),
});

/** AwaitLogin: waits (until the code expires) for the partner to log in; the session route resumes it. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('await-login', deps, async (input, { deps }) => {
    const mpnId = onboardingOf(input);
    const { taskToken, plan } = Wait.parse(input);
    await awaitPerson(
      deps,
      { kind: 'login', mpnId },
      { taskToken, waitSeconds: plan.waitSeconds },
      async () => {
        const { partner } = await loadOnboardingFacts(deps.store, mpnId);
        return partner.status === 'active' ? { loggedIn: true } : undefined;
      },
    );
    return {};
  });

export const handler = createHandler(journeyRuntime);
