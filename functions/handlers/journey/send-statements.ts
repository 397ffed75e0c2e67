import { sendStatements } from '../../application/journeys/campaign-end.js';
import type { JourneyDeps } from '../../application/journeys/journey-deps.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep, registrationOf } from '../../workflow/journey-step.js';

/** SendStatements: the computed statement, emailed to the partner and to finance. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('send-statements', deps, async (input, { deps }) => {
    await sendStatements(deps, registrationOf(input), input.execution);
    return {};
  });

export const handler = createHandler(journeyRuntime);
