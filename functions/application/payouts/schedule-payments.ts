import { paymentProfileChangeFindings } from '../../../domain/fraud/payment-profile-change.js';
import { payoutDecider } from '../../../domain/payouts/decide.js';
import {
  type PaymentHold,
  type PaymentRunStep,
  planPaymentRun,
} from '../../../domain/payouts/payment-run.js';
import { UnexpectedRefusalError } from '../../../domain/refusal.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import type { AppDeps } from '../deps.js';
import { execute } from '../execute.js';
import { raiseFindings } from '../fraud/fraud-flags.js';
import { paymentRunInput } from './program-payouts.js';

export type ScheduleOutcome = { registrationId: string; mpnId: string } & (
  | { outcome: 'scheduled'; amountCents: number }
  | { outcome: 'already-scheduled' }
  | { outcome: 'held'; reason: PaymentHold }
);

/**
 * A payment run for a campaign, as the domain plans it (see payouts/payment-run.ts): what is due
 * is scheduled, what is held says why. A payment held for a recent change of the partner's payment
 * profile raises a flag on the change, which holds it until finance reviews it. Each payment is
 * scheduled on its own stream, where the rules are checked again on its state of the moment.
 */
export async function schedulePayments(
  deps: AppDeps,
  campaignId: string,
  metadata: EventMetadata,
): Promise<ScheduleOutcome[]> {
  const input = await paymentRunInput(deps, campaignId);
  const steps = planPaymentRun(input);
  await raiseFindings(deps, paymentProfileChangeFindings(steps, input.checksOf), undefined, metadata);
  const outcomes: ScheduleOutcome[] = [];
  for (const step of steps) {
    const outcome = await carryOut(deps, step, metadata);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

async function carryOut(
  deps: AppDeps,
  step: PaymentRunStep,
  metadata: EventMetadata,
): Promise<ScheduleOutcome | undefined> {
  const { registrationId, campaignId, mpnId } = step.payout;
  if (step.outcome === 'held') return { registrationId, mpnId, outcome: 'held', reason: step.hold };
  if (step.outcome === 'already-scheduled') return { registrationId, mpnId, outcome: 'already-scheduled' };
  const command = {
    type: 'SchedulePayment',
    data: { registrationId, campaignId, mpnId },
    context: step.context,
    metadata: { now: deps.clock.now() },
  } as const;
  const executed = await execute(deps.store, payoutDecider, streamIds.payout(registrationId), command, {
    metadata,
  });
  if (executed.ok) {
    const scheduled = executed.events.find((e) => e.type === 'PaymentScheduled');
    return scheduled
      ? { registrationId, mpnId, outcome: 'scheduled', amountCents: scheduled.data.amountCents }
      : { registrationId, mpnId, outcome: 'already-scheduled' };
  }
  // The payout moved on since the run read it (a concurrent run, an adjustment): as it stands now.
  switch (executed.refusal.code) {
    case 'nothing-due':
      return undefined;
    case 'below-minimum-payout':
    case 'payment-profile-incomplete':
    case 'payment-profile-changed':
    case 'fraud-flag-confirmed':
      return { registrationId, mpnId, outcome: 'held', reason: executed.refusal.code };
    default:
      throw new UnexpectedRefusalError(`Scheduling the payment of ${registrationId}`, executed.refusal);
  }
}
