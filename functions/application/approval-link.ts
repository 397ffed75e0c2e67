import type { PublishedCampaign } from '../../domain/campaigns/campaign.js';
import type { PartnerProfile } from '../../domain/partners/partner.js';
import { type Result, refused } from '../../domain/refusal.js';
import {
  expiredApprovalLink,
  invalidApprovalLink,
  registrationDecider,
} from '../../domain/registrations/decide.js';
import type { ApprovalLink, Registration } from '../../domain/registrations/registration.js';
import { instantMs } from '../../events/instant.js';
import { streamIds } from '../../events/streams.js';
import { hashApprovalToken } from '../security/approval-tokens.js';
import { registrationOfApprovalToken } from './approval-selector.js';
import type { ReadDeps } from './deps.js';
import { readSlice } from './read-slice.js';
import { partnerAndCampaignOf } from './registration-context.js';

export type ApprovalContext = {
  registration: Registration;
  link: ApprovalLink;
  partner: PartnerProfile;
  campaign: PublishedCampaign;
};

/** What an approver reads of a registration, however they reached it: link or console. */
export type RegistrationToDecide = Omit<ApprovalContext, 'link'>;

/** A registration and what it names, for an approver signed in to the console; undefined if none. */
export async function registrationToDecide(
  store: ReadDeps['store'],
  registrationId: string,
): Promise<RegistrationToDecide | undefined> {
  const { state } = await readSlice(store, registrationDecider, streamIds.registration(registrationId));
  if (state.status === 'none') return undefined;
  return { registration: state, ...(await partnerAndCampaignOf(store, state)) };
}

export type ApprovalLinkRefusalCode = 'approval-link-invalid' | 'approval-link-expired';

/**
 * What an approval link shows: the registration it names, the partner and the campaign. Only a
 * link that was emailed (its hash is on the registration) opens anything; an expired one says so,
 * unless the registration was decided already (then the page shows the decision).
 */
export async function openApprovalLink(
  { store, clock }: ReadDeps,
  token: string,
): Promise<Result<{ context: ApprovalContext }, ApprovalLinkRefusalCode>> {
  const registrationId = await registrationOfApprovalToken(store, token);
  if (!registrationId) return refused(invalidApprovalLink());
  const { state } = await readSlice(store, registrationDecider, streamIds.registration(registrationId));
  const tokenHash = hashApprovalToken(token);
  const link =
    state.status === 'none' ? undefined : state.approvalLinks.find((l) => l.tokenHash === tokenHash);
  if (state.status === 'none' || !link) return refused(invalidApprovalLink());
  if (state.status === 'pending-approval' && instantMs(clock.now()) >= instantMs(link.expiresAt)) {
    return refused(expiredApprovalLink(link.expiresAt));
  }
  const { partner, campaign } = await partnerAndCampaignOf(store, state);
  return { ok: true, context: { registration: state, link, partner, campaign } };
}
