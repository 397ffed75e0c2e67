import { partnerDecider } from '../../../domain/partners/decide.js';
import { UnexpectedRefusalError } from '../../../domain/refusal.js';
import { streamIds } from '../../../events/streams.js';
import { readSlice } from '../read-slice.js';
import { sendAccessCode } from '../send-access-code.js';
import { type JourneyDeps, journeyMetadata } from './journey-deps.js';

/**
 * The onboarding journey's code: the first one, or the replacement of one locked by wrong tries
 * (or never emailed). The journey's codes are not limited per hour: its plan sends one only when
 * the partner holds no working code.
 */
export async function sendOnboardingCode(
  deps: JourneyDeps,
  mpnId: string,
  journey: string,
): Promise<{ expiresAt: string }> {
  const { state } = await readSlice(deps.store, partnerDecider, streamIds.partner(mpnId));
  const reason = state.status !== 'unknown' && state.currentCode?.locked ? 'replaces-locked' : 'first';
  const sent = await sendAccessCode(deps, { mpnId, reason }, journeyMetadata(journey, 'send-access-code'));
  if (!sent.ok) throw new UnexpectedRefusalError(`Sending ${mpnId} an access code`, sent.refusal);
  return { expiresAt: sent.expiresAt };
}
