import { randomUUID } from 'node:crypto';
import { type PartnerRefusalCode, partnerDecider } from '../../domain/partners/decide.js';
import type { PartnerDetails } from '../../domain/partners/partner.js';
import { type Result, refused, tooManyAttempts } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { UsageCounters } from '../ports/usage-counters.js';
import type { JourneyStarter } from '../ports/workflow.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { checkSignUp } from './fraud/fraud-flags.js';
import { readSlice } from './read-slice.js';
import { overLimit } from './usage-limits.js';

export type SignUpRefusalCode = PartnerRefusalCode | 'too-many-sign-ups';

/**
 * A partner signs up and gets an access code by email: the first sign-up starts the partner's
 * journey, whose first step sends the code; signing up again asks for a new code, which the outbox
 * mints and emails to the contact on file. The answer is the same either way.
 *
 * Sign-ups are limited per source address and per email address given, so that nobody can use
 * the program to mail strangers; a partner whose code was locked is never kept from asking again.
 */
export async function signUpPartner(
  deps: AppDeps & { workflow: JourneyStarter; counters: UsageCounters },
  input: PartnerDetails & { sourceIp: string },
  metadata: EventMetadata,
): Promise<Result<{ mpnId: string }, SignUpRefusalCode>> {
  const { store, clock, policy, workflow } = deps;
  const { sourceIp, ...partner } = input;
  const stream = streamIds.partner(partner.mpnId);
  const { state } = await readSlice(store, partnerDecider, stream);
  const locked = state.status !== 'unknown' && state.currentCode?.locked === true;
  const limits = policy.accessLimits;
  const wait = await overLimit(deps, [
    [`sign-ups-from:${sourceIp}`, limits.signUpsPerSource],
    ...(locked
      ? []
      : ([[`sign-ups-to:${partner.contactEmail.toLowerCase()}`, limits.signUpsPerEmail]] as const)),
  ]);
  if (wait) {
    return refused(
      tooManyAttempts('too-many-sign-ups', 'Too many sign-ups: try again later.', wait.retryAfterSeconds),
    );
  }
  const command = {
    type: 'SignUpPartner',
    data: { ...partner, requestId: randomUUID() },
    metadata: { now: clock.now(), policy },
  } as const;
  const executed = await execute(store, partnerDecider, stream, command, { metadata });
  if (!executed.ok) return refused(executed.refusal);
  if (executed.events.some((e) => e.type === 'PartnerSignedUp')) await checkSignUp(deps, partner, metadata);
  await workflow.startJourney({ kind: 'onboarding', mpnId: partner.mpnId });
  return { ok: true, mpnId: partner.mpnId };
}
