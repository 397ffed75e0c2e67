import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { DomainEvent } from '../../events/catalog.js';
import { NO_REASON_RECORDED } from '../../events/registrations.js';
import { derivedReversalId } from '../../events/sales.js';
import type { StaffRole } from '../../events/staff.js';
import type { Words } from '../i18n/words.js';

/**
 * What an event says happened, in one sentence of the reader's words with its key facts; who did
 * it is said beside it. Secrets are never in events, and what guards them is not shown either: no
 * hash of a code or a link token, only the end of a bank reference (as the portal shows it), and
 * digests of documents shortened to what a person compares by eye.
 */

// Twelve hex digits tell two T&C versions apart at a glance; the approval page shows the whole digest.
const SHORT_DIGEST = 12;
const shortDigest = (sha256: string) => sha256.slice(0, SHORT_DIGEST);

// As the portal masks it (payment.bankReference.masked): enough to recognise, not to reuse.
const BANK_REFERENCE_SHOWN = 4;

const campaignKind = (w: Words, terms: CampaignTerms) =>
  w.t(
    terms.type === 'dollarPerSku'
      ? 'history.campaignKind.dollarPerSku'
      : `history.campaignKind.${terms.metric}`,
  );

export function eventSentence(w: Words, event: DomainEvent): string {
  switch (event.type) {
    case 'PartnerSignedUp': {
      const { companyName, mpnId, country, contactEmail } = event.data;
      return w.t('history.what.PartnerSignedUp', {
        companyName,
        mpnId,
        country: w.region(country),
        contactEmail,
      });
    }
    case 'AccessCodeRequested':
      return w.t('history.what.AccessCodeRequested');
    case 'AccessCodeIssued':
      return w.t(
        event.data.requested ? 'history.what.AccessCodeIssued.requested' : 'history.what.AccessCodeIssued',
        { expiresAt: w.instant(event.data.expiresAt) },
      );
    case 'AccessCodeRedemptionFailed':
      return event.data.reason === 'expired'
        ? w.t('history.what.AccessCodeRedemptionFailed.expired')
        : w.count('history.what.AccessCodeRedemptionFailed.wrong-code', event.data.failedAttempts);
    case 'AccessCodeLocked':
      return w.t('history.what.AccessCodeLocked');
    case 'PartnerActivated':
      return w.t('history.what.PartnerActivated');
    case 'PartnerSessionOpened':
      return w.t('history.what.PartnerSessionOpened', { expiresAt: w.instant(event.data.expiresAt) });
    case 'PartnerSessionClosed':
      return w.t('history.what.PartnerSessionClosed');
    case 'CampaignPublished': {
      const { terms, termsSha256 } = event.data;
      return w.t('history.what.CampaignPublished', {
        name: terms.name,
        campaignId: terms.campaignId,
        kind: campaignKind(w, terms),
        start: w.instant(terms.period.start),
        end: w.instant(terms.period.end),
        deadline: w.instant(terms.registrationDeadline),
        terms: shortDigest(termsSha256),
      });
    }
    case 'CampaignTermsRevised':
      return w.t('history.what.CampaignTermsRevised', {
        campaignId: event.data.campaignId,
        terms: shortDigest(event.data.termsSha256),
      });
    case 'RegistrationSubmitted': {
      const { campaignId, agreementNumber, signature } = event.data;
      return w.t('history.what.RegistrationSubmitted', {
        campaignId,
        agreementNumber,
        signerName: signature.signerName,
        signerEmail: signature.signerEmail,
        terms: shortDigest(signature.termsSha256),
      });
    }
    case 'ApprovalRequested':
      return w.t(
        event.data.reminder ? 'history.what.ApprovalRequested.reminder' : 'history.what.ApprovalRequested',
        {
          approvers: w.list(event.data.approvals.map((approval) => approval.approverEmail)),
          expiresAt: w.instant(event.data.expiresAt),
        },
      );
    case 'RegistrationApproved':
      return w.t('history.what.RegistrationApproved');
    case 'RegistrationRejected':
      // Rejections recorded before a reason was required read with a placeholder in English.
      return event.data.reason === NO_REASON_RECORDED
        ? w.t('history.what.RegistrationRejected.noReason')
        : w.t('history.what.RegistrationRejected', { reason: event.data.reason });
    case 'RegistrationExpired':
      return w.t('history.what.RegistrationExpired');
    case 'SaleRecorded': {
      const { saleId, mpnId, quantity, sku, licenseType, customerId } = event.data;
      return w.t('history.what.SaleRecorded', {
        saleId,
        mpnId,
        quantity: w.number(quantity),
        sku,
        licenseType,
        customerId,
      });
    }
    case 'SaleReversed': {
      const { reversalId, saleId, quantity, reversedAt } = event.data;
      // A reversal sent without a credit-note number is known by an id made of its instant.
      return reversalId === derivedReversalId(reversedAt)
        ? w.count('history.what.SaleReversed.noCreditNote', quantity, { saleId })
        : w.count('history.what.SaleReversed', quantity, { saleId, reversalId });
    }
    case 'PayoutComputed': {
      const { amountCents, adjustmentsCents } = event.data;
      return adjustmentsCents === 0
        ? w.t('history.what.PayoutComputed', { amount: w.money(amountCents) })
        : w.t('history.what.PayoutComputed.adjusted', {
            amount: w.money(amountCents + adjustmentsCents),
            earned: w.money(amountCents),
            adjustments: w.money(adjustmentsCents),
          });
    }
    case 'PaymentScheduled':
      return w.t('history.what.PaymentScheduled', { amount: w.money(event.data.amountCents) });
    case 'PayoutIssued':
      return w.t('history.what.PayoutIssued', {
        amount: w.money(event.data.amountCents),
        reference: event.data.reference,
      });
    case 'AdjustmentRecorded': {
      const { amountCents, saleId, note } = event.data;
      const amount = w.money(amountCents);
      return saleId === undefined
        ? w.t('history.what.AdjustmentRecorded', { amount, note })
        : w.t('history.what.AdjustmentRecorded.sale', { amount, saleId, note });
    }
    case 'PaymentProfileUpdated':
      return w.t('history.what.PaymentProfileUpdated', {
        legalName: event.data.legalName,
        remittanceEmail: event.data.remittanceEmail,
        last4: event.data.bankReference.slice(-BANK_REFERENCE_SHOWN),
      });
    case 'FraudFlagRaised': {
      const kind = w.t(`history.fraudKind.${event.data.kind}`);
      const lines = event.data.saleIds.length;
      return lines === 0
        ? w.t('history.what.FraudFlagRaised', { kind })
        : w.count('history.what.FraudFlagRaised.sales', lines, { kind });
    }
    case 'FraudFlagReviewed':
      return w.t(`history.what.FraudFlagReviewed.${event.data.verdict}`, {
        flagId: event.data.flagId,
        note: event.data.note,
      });
    case 'InquiryRaised': {
      const { topic, saleId, campaignId } = event.data;
      return saleId === undefined
        ? w.t(`history.what.InquiryRaised.${topic}.noSale`, { campaignId })
        : w.t(`history.what.InquiryRaised.${topic}`, { saleId, campaignId });
    }
    case 'InquiryAnswered':
      return w.t('history.what.InquiryAnswered');
    case 'InquiryResolved': {
      const { outcome, adjustmentCents, note } = event.data;
      if (outcome === 'declined') return w.t('history.what.InquiryResolved.declined', { note });
      return adjustmentCents === undefined
        ? w.t('history.what.InquiryResolved.adjusted.noAmount')
        : w.t('history.what.InquiryResolved.adjusted', { amount: w.money(adjustmentCents) });
    }
    case 'NotificationSent':
      return w.t('history.what.NotificationSent', {
        recipient: event.data.recipient,
        email: w.t(`history.email.${event.data.template}`),
      });
    case 'JourneyStepFailed':
      return w.t('history.what.JourneyStepFailed', {
        journey: event.data.journey,
        step: event.data.step,
        error: event.data.error,
      });
    case 'StaffMemberAdded':
      return w.t('history.what.StaffMemberAdded', {
        name: event.data.name,
        email: event.data.email,
        roles: rolesOf(w, event.data.roles),
      });
    case 'StaffMemberChanged':
      return event.data.roles.length === 0
        ? w.t('history.what.StaffMemberChanged.removed', { name: event.data.name, email: event.data.email })
        : w.t('history.what.StaffMemberChanged', {
            name: event.data.name,
            email: event.data.email,
            roles: rolesOf(w, event.data.roles),
          });
    case 'StaffSignedIn':
      return w.t('history.what.StaffSignedIn');
    case 'StaffSignedOut':
      return w.t('history.what.StaffSignedOut');
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

const rolesOf = (w: Words, roles: readonly StaffRole[]) => w.list(roles.map((role) => w.t(`role.${role}`)));
