import { type PartnerRefusalCode, partnerDecider } from '../../domain/partners/decide.js';
import { type Result, refused } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { Mailer } from '../ports/mailer.js';
import type { JourneyStarter } from '../ports/workflow.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { checkSignUp } from './fraud/fraud-flags.js';
import { sendAccessCode } from './send-access-code.js';

export type SignUpInput = { mpnId: string; companyName: string; contactEmail: string; country: string };

/**
 * A partner signs up and gets its access code by email. The first sign-up starts the partner's
 * journey, whose first step sends the code (and the free-mail check runs on it); a repeated one
 * sends a new code to the contact already on file. Starting is idempotent, so a repeated sign-up
 * also starts a journey that a failure kept from starting; its first step then finds this code
 * already sent.
 */
export async function signUpPartner(
  deps: AppDeps & { mailer: Mailer; workflow: JourneyStarter },
  input: SignUpInput,
  metadata: EventMetadata,
): Promise<Result<{ mpnId: string }, PartnerRefusalCode>> {
  const { store, clock, policy, workflow } = deps;
  const command = { type: 'SignUpPartner', data: input, metadata: { now: clock.now(), policy } } as const;
  const executed = await execute(store, partnerDecider, streamIds.partner(input.mpnId), command, {
    metadata,
  });
  if (!executed.ok) return refused(executed.refusal);
  if (executed.before.status === 'unknown') await checkSignUp(deps, input, metadata);
  else {
    const sent = await sendAccessCode(deps, input.mpnId, metadata);
    if (!sent.ok) return refused(sent.refusal);
  }
  await workflow.startJourney({ kind: 'onboarding', mpnId: input.mpnId });
  return { ok: true, mpnId: input.mpnId };
}
