import { UnexpectedRefusalError } from '../../../domain/refusal.js';
import { type JourneyDeps, journeyMetadata } from '../../application/journeys/journey-deps.js';
import { sendAccessCode } from '../../application/send-access-code.js';
import { journeyRuntime } from '../../runtime/journey-runtime.js';
import { journeyStep, onboardingOf } from '../../workflow/journey-step.js';

/** SendAccessCode: the partner's first code, emailed; only its hash is recorded. */
export const createHandler = (deps: () => JourneyDeps) =>
  journeyStep('send-access-code', deps, async (input, { deps }) => {
    const mpnId = onboardingOf(input);
    const sent = await sendAccessCode(deps, mpnId, journeyMetadata(input.execution, 'send-access-code'));
    if (!sent.ok) throw new UnexpectedRefusalError(`Sending ${mpnId} its first access code`, sent.refusal);
    return { expiresAt: sent.expiresAt };
  });

export const handler = createHandler(journeyRuntime);
