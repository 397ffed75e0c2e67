import * as z from 'zod';
import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { notifyPartner } from '../../application/journeys/notify-partner.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep } from '../../workflow/journey-step.js';

const Notify = z.object({
  plan: z.object({
    notification: z.enum(['access-code-expired', 'registration-decision', 'registration-expired']),
  }),
});

/** NotifyPartner: the email the plan names (code expired, decision, expiry), sent once. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('notify-partner', deps, async (input, { deps }) => {
    await notifyPartner(deps, input.journey, Notify.parse(input).plan.notification, input.execution);
    return {};
  });

export const handler = createHandler(journeyRuntime);
