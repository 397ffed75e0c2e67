import { evolveCampaignView } from '../../domain/campaigns/campaign-view.js';
import { evolveInquiry } from '../../domain/inquiries/inquiry.js';
import { evolvePartnerView } from '../../domain/partners/partner-view.js';
import { evolvePayoutView } from '../../domain/payouts/payout-view.js';
import { evolveRegistrationView } from '../../domain/registrations/registration-view.js';
import { evolveLedgerLine, type LedgerLine, netUnits } from '../../domain/sales/ledger.js';
import type { DomainEvent } from '../../events/catalog.js';

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
  ledgerLine: (mpnId: string, saleId: string) => ({ pk: `partner#${mpnId}`, sk: `sale#${saleId}` }),
  salesTotals: (mpnId: string) => ({ pk: `partner#${mpnId}`, sk: 'sales-totals' }),
  payout: (campaignId: string, mpnId: string) => ({ pk: `campaign#${campaignId}`, sk: `payout#${mpnId}` }),
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
    case 'SaleRecorded':
    case 'SaleReversed':
      return [target(readModelKeys.ledgerLine(event.data.mpnId, event.data.saleId), evolveLedgerLine)];
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
    case 'NotificationSent':
    case 'JourneyStepFailed':
    case 'PaymentProfileUpdated':
    case 'FraudFlagRaised':
    case 'FraudFlagReviewed':
    // The staff directory is read from its streams: a handful of people, and a revoked role must
    // take effect on the next request, not when the projector catches up.
    case 'StaffMemberAdded':
    case 'StaffMemberChanged':
    case 'StaffSignedIn':
    case 'StaffSignedOut':
      return [];
  }
}

/** A partner's sales totals, kept beside its ledger lines. */
export type SalesTotals = { lines: number; soldUnits: number; netUnits: number };

/** How one ledger line's change moves its partner's totals. */
export function salesTotalsDelta(before: LedgerLine | undefined, after: LedgerLine | undefined): SalesTotals {
  return {
    lines: (after ? 1 : 0) - (before ? 1 : 0),
    soldUnits: (after?.quantity ?? 0) - (before?.quantity ?? 0),
    netUnits: (after ? netUnits(after) : 0) - (before ? netUnits(before) : 0),
  };
}
