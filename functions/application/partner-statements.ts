import { partnerDecider } from '../../domain/partners/decide.js';
import { payoutDecider } from '../../domain/payouts/decide.js';
import { type PartnerStatement, partnerStatement } from '../../domain/payouts/partner-statement.js';
import { type PaymentHold, paymentPositions } from '../../domain/payouts/payment-run.js';
import type { PayoutState } from '../../domain/payouts/payout.js';
import { paymentStatus } from '../../domain/payouts/settlement.js';
import { type Result, refused } from '../../domain/refusal.js';
import { CampaignId } from '../../events/fields.js';
import { registrationIdOf, streamIds } from '../../events/streams.js';
import { campaignNotFound } from './campaign-catalog.js';
import { readRegistrationHistory, type StatementRefusalCode, statementAsOf } from './campaign-statements.js';
import type { ReadDeps } from './deps.js';
import { type ClosedStatementChangedError, replayClosedStatement } from './payouts/close-statement.js';
import { paymentRunInput } from './payouts/program-payouts.js';
import { readSlice } from './read-slice.js';

export type PartnerStatementDocument = PartnerStatement & { campaignName: string; companyName: string };

/**
 * A partner's statement for one campaign as of an instant: replayed from the events recorded by
 * then, with its adjustments, its payments, the clawbacks since the statement last paid, and what
 * holds a payment that is due. Each stream is read once: the paid statement is replayed from the
 * same reads as the current one.
 */
export async function partnerStatementOf(
  deps: ReadDeps,
  campaignId: string,
  mpnId: string,
  asOf: string,
  report: (problem: ClosedStatementChangedError) => void,
): Promise<Result<{ statement: PartnerStatementDocument }, StatementRefusalCode>> {
  if (!CampaignId.safeParse(campaignId).success) return refused(campaignNotFound(campaignId));
  const registrationId = registrationIdOf(campaignId, mpnId);
  const [history, partner, payoutRead] = await Promise.all([
    readRegistrationHistory(deps.store, campaignId, mpnId, asOf),
    readSlice(deps.store, partnerDecider, streamIds.partner(mpnId)),
    readSlice(deps.store, payoutDecider, streamIds.payout(registrationId), { asOf }),
  ]);
  const current = statementAsOf(history, asOf);
  if (!current.ok) return current;
  const payout = payoutRead.state;
  // A paid statement that no longer replays to its digest is reported (an integrity alarm: npm run
  // verify shows where), and the partner still gets its statement, clawbacks counted on the replay.
  const lastPaid = payout.lastPaidClose ? replayClosedStatement(history, payout.lastPaidClose) : undefined;
  if (lastPaid?.changed) report(lastPaid.changed);
  const document = partnerStatement({
    asOf,
    statement: current.statement,
    payout,
    holds: await holdsOf(deps, { campaignId, mpnId, registrationId }, payout, asOf),
    ...(lastPaid ? { lastPaid: lastPaid.statement } : {}),
  });
  const companyName = partner.state.status === 'unknown' ? mpnId : partner.state.profile.companyName;
  return {
    ok: true,
    statement: { ...document, campaignName: current.campaign.terms.name, companyName },
  };
}

/**
 * What holds a payment that is due and not scheduled yet, as the payment run would have weighed it
 * as of the statement's instant; the program's other payouts are read only then.
 */
async function holdsOf(
  deps: ReadDeps,
  { campaignId, mpnId, registrationId }: { campaignId: string; mpnId: string; registrationId: string },
  payout: PayoutState,
  asOf: string,
): Promise<PaymentHold[]> {
  if (paymentStatus(payout) !== 'unprocessed') return [];
  const input = await paymentRunInput(deps, campaignId, { mpnId, asOf });
  return paymentPositions(input).find((p) => p.registrationId === registrationId)?.holds ?? [];
}
