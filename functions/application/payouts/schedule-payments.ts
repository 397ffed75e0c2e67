import { DomainError } from '../../../domain/errors.js';
import { schedulePayment } from '../../../domain/payouts/decide.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import type { AppDeps } from '../deps.js';
import { confirmedFlagsOf } from '../fraud/fraud-flags.js';
import { handleCommand } from '../handle-command.js';
import { loadPaymentProfile } from '../payment-profile.js';
import { payoutSlice } from '../slices.js';
import {
  type CampaignPayout,
  closedRegistrationsOf,
  otherDueCents,
  payoutsByPartner,
  unscheduledDueCents,
} from './campaign-payouts.js';

export type ScheduleOutcome = {
  registrationId: string;
  mpnId: string;
  outcome: 'scheduled' | 'already-scheduled' | 'held';
  amountCents?: number;
  reason?: string;
};

type Registration = { registrationId: string; campaignId: string; mpnId: string };

/**
 * A payment run for a campaign: each closed registration with money due is scheduled, or held
 * with its reason (below the minimum, payment profile incomplete, a confirmed fraud flag). The
 * minimum is met by all the partner has due: amounts its other campaigns carried over because they
 * were too small alone are scheduled with this one.
 */
export async function schedulePayments(
  deps: AppDeps,
  campaignId: string,
  metadata: EventMetadata,
): Promise<ScheduleOutcome[]> {
  const byPartner = await payoutsByPartner(deps.store);
  const outcomes: ScheduleOutcome[] = [];
  for (const registration of await closedRegistrationsOf(deps.store, campaignId)) {
    const partnerPayouts = byPartner.get(registration.mpnId) ?? [];
    const outcome = await scheduleOne(deps, registration, partnerPayouts, metadata);
    if (!outcome) continue;
    outcomes.push(outcome);
    if (outcome.outcome !== 'scheduled') continue;
    for (const carried of partnerPayouts) {
      if (carried.registrationId === registration.registrationId) continue;
      if (unscheduledDueCents(carried.state) === 0) continue;
      const carriedOutcome = await scheduleOne(deps, carried, partnerPayouts, metadata);
      if (carriedOutcome) outcomes.push(carriedOutcome);
    }
  }
  return outcomes;
}

/** Schedules one registration's payment; undefined when nothing is due. */
async function scheduleOne(
  deps: AppDeps,
  { registrationId, campaignId, mpnId }: Registration,
  partnerPayouts: CampaignPayout[],
  metadata: EventMetadata,
): Promise<ScheduleOutcome | undefined> {
  const command = {
    type: 'SchedulePayment',
    data: { registrationId, campaignId, mpnId },
    context: {
      minimumPayoutCents: deps.policy.minimumPayoutCents,
      otherDueCents: otherDueCents(partnerPayouts, registrationId),
      paymentProfileComplete: (await loadPaymentProfile(deps.store, mpnId)) !== undefined,
      confirmedFlags: await confirmedFlagsOf(deps.store, mpnId),
    },
    metadata: { now: deps.clock.now() },
  } as const;
  try {
    const { decided } = await handleCommand(
      deps.store,
      streamIds.payout(registrationId),
      payoutSlice,
      (state) => schedulePayment(command, state),
      { metadata },
    );
    const scheduled = decided[0];
    return scheduled?.type === 'PaymentScheduled'
      ? { registrationId, mpnId, outcome: 'scheduled', amountCents: scheduled.data.amountCents }
      : { registrationId, mpnId, outcome: 'already-scheduled' };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === 'nothing-due') return undefined;
    return { registrationId, mpnId, outcome: 'held', reason: error.code };
  }
}
