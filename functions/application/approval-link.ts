import type { PublishedCampaign } from '../../domain/campaigns/campaign.js';
import { expired } from '../../domain/errors.js';
import type { PartnerProfile } from '../../domain/partners/partner.js';
import type { ApprovalLink, Registration } from '../../domain/registrations/registration.js';
import { instantMs } from '../../events/instant.js';
import { streamIds } from '../../events/streams.js';
import { hashApprovalToken } from '../security/approval-tokens.js';
import { registrationOfApprovalToken } from './approval-selector.js';
import { invalidApprovalLink } from './decide-on-registration.js';
import type { AppDeps } from './deps.js';
import { loadState } from './handle-command.js';
import { campaignSlice, partnerSlice, registrationSlice } from './slices.js';

export type ApprovalContext = {
  registration: Registration;
  link: ApprovalLink;
  partner: PartnerProfile;
  campaign: PublishedCampaign;
};

/**
 * What an approval link shows: the registration it names, the partner and the campaign. Only a
 * link that was emailed (its hash is on the registration) opens anything; an expired one says so,
 * unless the registration was decided already (then the page shows the decision).
 */
export async function openApprovalLink({ store, clock }: AppDeps, token: string): Promise<ApprovalContext> {
  const registrationId = await registrationOfApprovalToken(store, token);
  if (!registrationId) throw invalidApprovalLink();
  const { state } = await loadState(store, streamIds.registration(registrationId), registrationSlice);
  const tokenHash = hashApprovalToken(token);
  const link =
    state.status === 'none' ? undefined : state.approvalLinks.find((l) => l.tokenHash === tokenHash);
  if (state.status === 'none' || !link) throw invalidApprovalLink();
  if (state.status === 'pending-approval' && instantMs(clock.now()) >= instantMs(link.expiresAt)) {
    throw expired('approval-link-expired', 'This approval link has expired.', { expiredAt: link.expiresAt });
  }
  const [partner, campaign] = await Promise.all([
    loadState(store, streamIds.partner(state.mpnId), partnerSlice),
    loadState(store, streamIds.campaign(state.campaignId), campaignSlice),
  ]);
  if (partner.state.status === 'unknown' || campaign.state.status !== 'published') {
    throw new Error(`Registration ${registrationId} names a partner or campaign that is not recorded`);
  }
  return { registration: state, link, partner: partner.state.profile, campaign: campaign.state };
}
