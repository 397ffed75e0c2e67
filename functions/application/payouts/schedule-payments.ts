import { DomainError } from '../../../domain/errors.js';
import { schedulePayment } from '../../../domain/payouts/decide.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import type { AppDeps } from '../deps.js';
import { confirmedFlagsOf } from '../fraud/fraud-flags.js';
import { handleCommand } from '../handle-command.js';
import { loadPaymentProfile } from '../payment-profile.js';
import { payoutSlice } from '../slices.js';
import { closedRegistrationsOf } from './campaign-payouts.js';

export type ScheduleOutcome = {
  registrationId: string;
  mpnId: string;
  outcome: 'scheduled' | 'already-scheduled' | 'held';
  amountCents?: number;
  reason?: string;
};

/**
 * A payment run for a campaign: each closed registration with money due is scheduled, or held
 * with its reason (below the minimum, payment profile incomplete, a confirmed fraud flag).
 */
export async function schedulePayments(
  deps: AppDeps,
  campaignId: string,
  metadata: EventMetadata,
): Promise<ScheduleOutcome[]> {
  const outcomes: ScheduleOutcome[] = [];
  for (const registration of await closedRegistrationsOf(deps.store, campaignId)) {
    const { registrationId, mpnId } = registration;
    const command = {
      type: 'SchedulePayment',
      data: registration,
      context: {
        minimumPayoutCents: deps.policy.minimumPayoutCents,
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
      outcomes.push(
        scheduled?.type === 'PaymentScheduled'
          ? { registrationId, mpnId, outcome: 'scheduled', amountCents: scheduled.data.amountCents }
          : { registrationId, mpnId, outcome: 'already-scheduled' },
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'nothing-due') continue;
      outcomes.push({ registrationId, mpnId, outcome: 'held', reason: error.code });
    }
  }
  return outcomes;
}
