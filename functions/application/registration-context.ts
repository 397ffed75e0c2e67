import type { PublishedCampaign } from '../../domain/campaigns/campaign.js';
import { campaignDecider } from '../../domain/campaigns/decide.js';
import { partnerDecider } from '../../domain/partners/decide.js';
import type { PartnerProfile } from '../../domain/partners/partner.js';
import type { Registration } from '../../domain/registrations/registration.js';
import { streamIds } from '../../events/streams.js';
import type { EventReader } from '../ports/event-store.js';
import { readSlice } from './read-slice.js';

/** The partner and the campaign a recorded registration names: both recorded before it was. */
export async function partnerAndCampaignOf(
  store: EventReader,
  registration: Registration,
): Promise<{ partner: PartnerProfile; campaign: PublishedCampaign }> {
  const [partner, campaign] = await Promise.all([
    readSlice(store, partnerDecider, streamIds.partner(registration.mpnId)),
    readSlice(store, campaignDecider, streamIds.campaign(registration.campaignId)),
  ]);
  if (partner.state.status === 'unknown' || campaign.state.status !== 'published') {
    throw new Error(
      `Registration ${registration.registrationId} names a partner or campaign that is not recorded`,
    );
  }
  return { partner: partner.state.profile, campaign: campaign.state };
}
