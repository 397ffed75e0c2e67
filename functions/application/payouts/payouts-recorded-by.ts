import { campaignPayoutsFold } from '../../../domain/payouts/campaign-payouts.js';
import type { PayoutEvent } from '../../../domain/payouts/payout.js';
import { indexKeys } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { type Recorded, readIndexed } from '../read-slice.js';

/**
 * What one request of one person recorded on a campaign's payouts (closes, payments scheduled and
 * sent), read back from the events: what a page tells them they did, and nothing a link could claim.
 */
export async function payoutsRecordedBy(
  store: EventReader,
  campaignId: string,
  request: { causationId: string; actorId: string },
): Promise<Recorded<PayoutEvent>[]> {
  const events = await readIndexed(store, campaignPayoutsFold, indexKeys.payoutsOfCampaign(campaignId));
  return events.filter(
    (e) => e.metadata.causationId === request.causationId && e.metadata.actor.id === request.actorId,
  );
}
