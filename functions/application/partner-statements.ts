import { fold } from '../../domain/decider.js';
import { type PartnerStatement, partnerStatement } from '../../domain/payouts/partner-statement.js';
import { evolvePayout, initialPayoutState, type PayoutEvent } from '../../domain/payouts/payout.js';
import { instantMs } from '../../events/instant.js';
import { registrationIdOf, streamIds } from '../../events/streams.js';
import type { EventStore } from '../ports/event-store.js';
import { loadCampaign } from './campaign-catalog.js';
import { registrationStatement } from './campaign-statements.js';
import { loadState } from './handle-command.js';
import { type ClosedStatementChangedError, replayClosedStatement } from './payouts/close-statement.js';
import { partnerSlice } from './slices.js';

export type PartnerStatementDocument = PartnerStatement & { campaignName: string; companyName: string };

/**
 * A partner's statement for one campaign as of an instant: replayed from the events recorded by
 * then, with its adjustments, its payments, and the clawbacks since the statement last paid.
 */
export async function partnerStatementOf(
  store: EventStore,
  campaignId: string,
  mpnId: string,
  asOf: string,
  report: (problem: ClosedStatementChangedError) => void,
): Promise<PartnerStatementDocument> {
  const [campaign, partner, statement, payoutStream] = await Promise.all([
    loadCampaign(store, campaignId),
    loadState(store, streamIds.partner(mpnId), partnerSlice),
    registrationStatement(store, campaignId, mpnId, asOf),
    store.readStream(streamIds.payout(registrationIdOf(campaignId, mpnId))),
  ]);
  const asOfMs = instantMs(asOf);
  const payoutEvents = payoutStream.events.filter((e) => instantMs(e.recordedAt) <= asOfMs) as PayoutEvent[];
  const payout = fold(evolvePayout, initialPayoutState(), payoutEvents);
  // A paid statement that no longer replays to its digest is reported (an integrity alarm: npm run
  // verify shows where), and the partner still gets its statement, clawbacks counted on the replay.
  const lastPaid = payout.lastPaidClose
    ? await replayClosedStatement(store, campaignId, mpnId, payout.lastPaidClose)
    : undefined;
  if (lastPaid?.changed) report(lastPaid.changed);
  return {
    ...partnerStatement({ asOf, statement, payout, ...(lastPaid ? { lastPaid: lastPaid.statement } : {}) }),
    campaignName: campaign.terms.name,
    companyName: partner.state.status === 'unknown' ? mpnId : partner.state.profile.companyName,
  };
}
