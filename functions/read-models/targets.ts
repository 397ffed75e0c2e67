import { evolveCampaignView } from '../../domain/campaigns/campaign-view.js';
import { evolveFraudFlag } from '../../domain/fraud/fraud-flag.js';
import { evolveInquiry } from '../../domain/inquiries/inquiry.js';
import { evolvePartnerView } from '../../domain/partners/partner-view.js';
import { evolvePayoutView } from '../../domain/payouts/payout-view.js';
import { evolveRegistrationView } from '../../domain/registrations/registration-view.js';
import { type DomainEvent, type EventType, eventCatalog } from '../../events/catalog.js';

/**
 * Where each event shows up in the read models. Every read-model item is the fold of one source
 * stream, so it can remember the last version it applied: a record delivered twice is skipped,
 * and one delivered out of order is refused until its predecessor arrives.
 */
export type ReadModelKey = { pk: string; sk: string };

export const readModelKeys = {
  partner: (mpnId: string) => ({ pk: `partner#${mpnId}`, sk: 'profile' }),
  partnerRegistration: (mpnId: string, registrationId: string) => ({
    pk: `partner#${mpnId}`,
    sk: `registration#${registrationId}`,
  }),
  campaignRegistration: (campaignId: string, registrationId: string) => ({
    pk: `campaign#${campaignId}`,
    sk: `registration#${registrationId}`,
  }),
  campaign: (campaignId: string) => ({ pk: 'campaigns', sk: `campaign#${campaignId}` }),
  statementSummary: (campaignId: string, mpnId: string) => ({
    pk: `campaign#${campaignId}`,
    sk: `statement#${mpnId}`,
  }),
  payout: (campaignId: string, mpnId: string) => ({ pk: `campaign#${campaignId}`, sk: `payout#${mpnId}` }),
  fraudFlag: (flagId: string) => ({ pk: 'fraud-flags', sk: `flag#${flagId}` }),
  inquiry: (inquiryId: string) => ({ pk: 'inquiries', sk: `inquiry#${inquiryId}` }),
  partnerInquiry: (mpnId: string, inquiryId: string) => ({
    pk: `partner#${mpnId}`,
    sk: `inquiry#${inquiryId}`,
  }),
};

export type ViewTarget = ReadModelKey & { evolve: (view: unknown, event: DomainEvent) => unknown };

const target = <View, E extends DomainEvent>(
  key: ReadModelKey,
  evolve: (view: View | undefined, event: E) => View | undefined,
): ViewTarget => ({ ...key, evolve: evolve as ViewTarget['evolve'] });

export function viewTargetsOf(event: DomainEvent): ViewTarget[] {
  switch (event.type) {
    case 'PartnerSignedUp':
    case 'AccessCodeRequested':
    case 'AccessCodeIssued':
    case 'AccessCodeRedemptionFailed':
    case 'AccessCodeLocked':
    case 'PartnerActivated':
    case 'PartnerSessionOpened':
    case 'PartnerSessionClosed':
      return [target(readModelKeys.partner(event.data.mpnId), evolvePartnerView)];
    case 'CampaignPublished':
    case 'CampaignTermsRevised':
      return [target(readModelKeys.campaign(event.data.campaignId), evolveCampaignView)];
    case 'RegistrationSubmitted':
    case 'ApprovalRequested':
    case 'RegistrationApproved':
    case 'RegistrationRejected':
    case 'RegistrationExpired': {
      const { mpnId, campaignId, registrationId } = event.data;
      return [
        target(readModelKeys.partnerRegistration(mpnId, registrationId), evolveRegistrationView),
        target(readModelKeys.campaignRegistration(campaignId, registrationId), evolveRegistrationView),
      ];
    }
    case 'PayoutComputed':
    case 'PaymentScheduled':
    case 'PayoutIssued':
    case 'AdjustmentRecorded':
      return [target(readModelKeys.payout(event.data.campaignId, event.data.mpnId), evolvePayoutView)];
    case 'InquiryRaised':
    case 'InquiryAnswered':
    case 'InquiryResolved': {
      const { inquiryId, mpnId } = event.data;
      return [
        target(readModelKeys.inquiry(inquiryId), evolveInquiry),
        target(readModelKeys.partnerInquiry(mpnId, inquiryId), evolveInquiry),
      ];
    }
    case 'FraudFlagRaised':
    case 'FraudFlagReviewed':
      return [target(readModelKeys.fraudFlag(event.data.flagId), evolveFraudFlag)];
    // Sales go to the partners' ledger pages (ledger-pages.ts), many lines to an item.
    case 'SaleRecorded':
    case 'SaleReversed':
    case 'NotificationSent':
    case 'JourneyStepFailed':
    case 'PaymentProfileUpdated':
    // The staff directory is read from its streams: a handful of people, and a revoked role must
    // take effect on the next request, not when the projector catches up.
    case 'StaffMemberAdded':
    case 'StaffMemberChanged':
    case 'StaffSignedIn':
    case 'StaffSignedOut':
      return [];
  }
}

/** The events no read model folds: the projector's event source leaves them out. */
export const unprojectedEventTypes: readonly EventType[] = [
  'NotificationSent',
  'JourneyStepFailed',
  'PaymentProfileUpdated',
  'StaffMemberAdded',
  'StaffMemberChanged',
  'StaffSignedIn',
  'StaffSignedOut',
];

/** The events the projector folds: into views, ledger pages, or the statement summaries they mark due. */
export const projectedEventTypes = eventCatalog
  .map((definition) => definition.type)
  .filter((type) => !unprojectedEventTypes.includes(type));
