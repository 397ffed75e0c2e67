import { DomainError } from '../../../domain/errors.js';
import { type SchedulePayment, schedulePayment } from '../../../domain/payouts/decide.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import type { AppDeps } from '../deps.js';
import { handleCommand } from '../handle-command.js';
import { payoutSlice } from '../slices.js';
import {
  type CampaignPayout,
  carriedOver,
  dueCentsOf,
  paymentChecksOf,
  programPayouts,
  unscheduledDueCents,
} from './campaign-payouts.js';

export type ScheduleOutcome = {
  registrationId: string;
  mpnId: string;
  outcome: 'scheduled' | 'already-scheduled' | 'held';
  amountCents?: number;
  reason?: string;
};

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
  const { all, byPartner } = await programPayouts(deps.store);
  const outcomes: ScheduleOutcome[] = [];
  for (const registration of all.filter((p) => p.campaignId === campaignId && p.state.lastComputed)) {
    const checks = await paymentChecksOf(deps.store, registration.mpnId);
    const carried = carriedOver(
      byPartner.get(registration.mpnId) ?? [],
      registration.registrationId,
      minimum,
    );
    const carriedCents = dueCentsOf(carried);
    const outcome = await scheduleOne(
      deps,
      registration,
      { ...checks, otherDueCents: carriedCents },
      metadata,
    );
    if (!outcome) continue;
    outcomes.push(outcome);
    if (outcome.outcome === 'held') continue;
    const paidWith = outcome.amountCents ?? registration.state.scheduled?.amountCents ?? 0;
    for (const payout of carried) {
      const otherDueCents = paidWith + carriedCents - unscheduledDueCents(payout.state);
      const carriedOutcome = await scheduleOne(deps, payout, { ...checks, otherDueCents }, metadata);
      if (carriedOutcome) outcomes.push(carriedOutcome);
    }
  }
  return outcomes;
}

/** Schedules one registration's payment; undefined when nothing is due. */
async function scheduleOne(
  deps: AppDeps,
  { registrationId, campaignId, mpnId }: CampaignPayout,
  checks: Omit<SchedulePayment['context'], 'minimumPayoutCents'>,
  metadata: EventMetadata,
): Promise<ScheduleOutcome | undefined> {
  const command = {
    type: 'SchedulePayment',
    data: { registrationId, campaignId, mpnId },
    context: { minimumPayoutCents: deps.policy.minimumPayoutCents, ...checks },
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
