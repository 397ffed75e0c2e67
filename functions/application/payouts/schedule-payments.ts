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
  carriedOver,
  closedRegistrationsOf,
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
 * minimum is met with what the partner's other campaigns carried over, each too small to be paid
 * alone; those are scheduled with this one (also when a retried run finds this one scheduled).
 */
export async function schedulePayments(
  deps: AppDeps,
  campaignId: string,
  metadata: EventMetadata,
): Promise<ScheduleOutcome[]> {
  const minimum = deps.policy.minimumPayoutCents;
  const byPartner = await payoutsByPartner(deps.store);
  const outcomes: ScheduleOutcome[] = [];
  for (const registration of await closedRegistrationsOf(deps.store, campaignId)) {
    const partnerPayouts = byPartner.get(registration.mpnId) ?? [];
    const carried = carriedOver(partnerPayouts, registration.registrationId, minimum);
    const carriedCents = carried.reduce((sum, p) => sum + unscheduledDueCents(p.state), 0);
    const outcome = await scheduleOne(deps, registration, carriedCents, metadata);
    if (!outcome) continue;
    outcomes.push(outcome);
    if (outcome.outcome === 'held') continue;
    const own = partnerPayouts.find((p) => p.registrationId === registration.registrationId);
    const paidWith = outcome.amountCents ?? own?.state.scheduled?.amountCents ?? 0;
    for (const payout of carried) {
      const others = paidWith + carriedCents - unscheduledDueCents(payout.state);
      const carriedOutcome = await scheduleOne(deps, payout, others, metadata);
      if (carriedOutcome) outcomes.push(carriedOutcome);
    }
  }
  return outcomes;
}

/** Schedules one registration's payment; undefined when nothing is due. */
async function scheduleOne(
  deps: AppDeps,
  { registrationId, campaignId, mpnId }: Registration,
  otherDueCents: number,
  metadata: EventMetadata,
): Promise<ScheduleOutcome | undefined> {
  const command = {
    type: 'SchedulePayment',
    data: { registrationId, campaignId, mpnId },
    context: {
      minimumPayoutCents: deps.policy.minimumPayoutCents,
      otherDueCents,
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
