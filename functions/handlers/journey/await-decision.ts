import * as z from 'zod';
import { awaitPerson } from '../../application/journeys/await-person.js';
import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { loadRegistration } from '../../application/journeys/journey-facts.js';
import { requestDecision } from '../../application/journeys/request-decision.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep, registrationOf } from '../../workflow/journey-step.js';

const Wait = z.object({
  taskToken: z.string(),
  plan: z.object({
    waitSeconds: z.number().int().positive(),
    send: z.enum(['request', 'reminder', 'nothing']),
  }),
});

/**
 * AwaitDecision: emails the approvers their links (or the one reminder), then waits for a decision;
 * the approval route resumes it. Past the wait, the journey plans again (a reminder, or expiry).
 */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('await-decision', deps, async (input, { deps }) => {
    const registrationId = registrationOf(input);
    const { taskToken, plan } = Wait.parse(input);
    const step = { kind: 'approval', registrationId } as const;
    await awaitPerson(deps, step, { taskToken, waitSeconds: plan.waitSeconds }, async () => {
      if (plan.send !== 'nothing')
        await requestDecision(deps, registrationId, plan.send === 'reminder', input.execution);
      const { status } = await loadRegistration(deps.store, registrationId);
      return status === 'pending-approval' ? undefined : { decision: status };
    });
    return {};
  });

export const handler = createHandler(journeyRuntime);
