import type { PaymentProfileChange } from '../../domain/payment-profiles/payment-profile.js';
import type { Statement } from '../../domain/payouts/statement.js';
import type { Words } from '../i18n/words.js';
import type { EmailMessage } from '../ports/mailer.js';
import { composeEmail, type Field, prose } from './layout.js';
import type { PortalLinks } from './links.js';

/**
 * Every email the program sends, in one place, each in its reader's words and leading to the page
 * where the reader acts. docs/http-api.md ("Emails that scripts read") fixes a few lines of the
 * text part, the same in every language: `Access code: <code>`, the approval link, and
 * `Status: approved|rejected|expired` (with `Reason: ...`).
 */

/** What an email is written with: its reader's words (language, time zone), and where its links go. */
export type Writing = { w: Words; links: PortalLinks };

export type PartnerContact = { mpnId: string; companyName: string; contactEmail: string };
export type CampaignRef = { campaignId: string; name: string };

/** Why a code is sent: the first, one asked for again, or one that replaces a code locked by wrong tries. */
export type AccessCodeReason = 'first' | 'requested' | 'replaces-locked';

const REASON_LINES = {
  first: 'email.accessCode.first',
  requested: 'email.accessCode.requested',
  'replaces-locked': 'email.accessCode.replacesLocked',
} as const satisfies Record<AccessCodeReason, string>;

// Codes go to addresses nobody has confirmed yet: these emails greet by MPN ID and carry no text a
// stranger wrote (a company name given at sign-up could be anything).
const partnerGreeting = (w: Words, mpnId: string) => ({ text: w.t('email.greeting.partner', { mpnId }) });
const companyGreeting = (w: Words, partner: PartnerContact) => ({
  text: w.t('email.greeting.company', { companyName: partner.companyName }),
});
const partnerName = (w: Words, partner: PartnerContact) =>
  w.t('email.partner', { companyName: partner.companyName, mpnId: partner.mpnId });
const campaignName = (w: Words, campaign: CampaignRef) =>
  w.t('email.campaign', { name: campaign.name, campaignId: campaign.campaignId });

/** A code whose email leads to the login, its MPN ID filled in (a replacement too: it holds a code). */
export const accessCodeEmail = (
  { w, links }: Writing,
  partner: PartnerContact,
  code: { code: string; expiresAt: string; reason: AccessCodeReason },
): EmailMessage =>
  composeEmail(w, {
    to: partner.contactEmail,
    subject: w.t('email.accessCode.subject', { program: w.t('program.name') }),
    blocks: [
      partnerGreeting(w, partner.mpnId),
      { text: w.t(REASON_LINES[code.reason]) },
      {
        fields: [
          [w.t('email.accessCode.code'), code.code, { label: 'Access code' }],
          [w.t('email.field.mpnId'), partner.mpnId],
          [w.t('email.accessCode.validUntil'), w.instant(code.expiresAt)],
        ],
      },
      { link: links.logIn(partner.mpnId), label: w.t('email.accessCode.logIn') },
      { text: w.t('email.accessCode.ignore') },
    ],
  });

/** A code expired unused: the email leads to "I do not have an access code", the MPN ID filled in. */
export const accessCodeExpiredEmail = ({ w, links }: Writing, partner: PartnerContact): EmailMessage =>
  composeEmail(w, {
    to: partner.contactEmail,
    subject: w.t('email.codeExpired.subject'),
    blocks: [
      partnerGreeting(w, partner.mpnId),
      { text: w.t('email.codeExpired.text', { mpnId: partner.mpnId }) },
      { text: w.t('email.codeExpired.hint') },
      { link: links.newCode(partner.mpnId), label: w.t('email.codeExpired.newCode') },
    ],
  });

export type ApprovalRequestDetails = {
  partner: PartnerContact;
  campaign: CampaignRef;
  registrationId: string;
  agreementNumber: string;
  signerName: string;
  submittedAt: string;
  /** The approver's own link token: it exists in this email alone. */
  token: string;
  expiresAt: string;
  reminder: boolean;
};

export const approvalRequestEmail = (
  { w, links }: Writing,
  approverEmail: string,
  d: ApprovalRequestDetails,
): EmailMessage => {
  const named = { companyName: d.partner.companyName, mpnId: d.partner.mpnId, campaign: d.campaign.name };
  return composeEmail(w, {
    to: approverEmail,
    subject: w.t(d.reminder ? 'email.approval.reminderSubject' : 'email.approval.subject', named),
    blocks: [
      { text: w.t(d.reminder ? 'email.approval.reminderText' : 'email.approval.text') },
      {
        fields: [
          [w.t('email.field.partner'), partnerName(w, d.partner)],
          [w.t('email.field.campaign'), campaignName(w, d.campaign)],
          [w.t('email.approval.agreementNumber'), d.agreementNumber],
          [w.t('email.approval.signedBy'), d.signerName],
          [w.t('email.approval.submitted'), w.instant(d.submittedAt)],
        ],
      },
      { link: links.approval(d.token), label: w.t('email.approval.review'), script: 'Review and decide' },
      { text: w.t('email.approval.linkNote', { expiresAt: w.instant(d.expiresAt) }) },
    ],
  });
};

export type Decision = { status: 'approved' | 'rejected'; reason?: string };

const statusField = (w: Words, status: 'approved' | 'rejected' | 'expired'): Field => [
  w.t('email.field.status'),
  w.t(`email.status.${status}`),
  { label: 'Status', value: status },
];

/** A decision leads to the campaign's page, where the partner sees its registration. */
export const registrationDecisionEmail = (
  { w, links }: Writing,
  partner: PartnerContact,
  campaign: CampaignRef,
  decision: Decision,
): EmailMessage => {
  const { status, reason } = decision;
  const named = { campaign: campaign.name, campaignId: campaign.campaignId };
  return composeEmail(w, {
    to: partner.contactEmail,
    subject: w.t(`email.decision.subject.${status}`, named),
    blocks: [
      companyGreeting(w, partner),
      { text: w.t(`email.decision.text.${status}`, named) },
      {
        fields: [
          statusField(w, status),
          ...(reason ? [[w.t('email.field.reason'), prose(reason), { label: 'Reason' }] as Field] : []),
        ],
      },
      { text: w.t(`email.decision.next.${status}`) },
      { link: links.campaign(campaign.campaignId), label: w.t('email.registration.link') },
    ],
  });
};

export const registrationExpiredEmail = (
  { w, links }: Writing,
  partner: PartnerContact,
  campaign: CampaignRef,
): EmailMessage =>
  composeEmail(w, {
    to: partner.contactEmail,
    subject: w.t('email.expired.subject', { campaign: campaign.name }),
    blocks: [
      companyGreeting(w, partner),
      { text: w.t('email.expired.text', { campaign: campaign.name, campaignId: campaign.campaignId }) },
      { fields: [statusField(w, 'expired')] },
      { text: w.t('email.expired.next') },
      { link: links.campaign(campaign.campaignId), label: w.t('email.registration.link') },
    ],
  });

export type StatementEmail = {
  to: string;
  /** The partner is led to its statement's page; finance pays from the PDF. */
  recipient: 'partner' | 'finance';
  partner: PartnerContact;
  campaign: CampaignRef;
  statement: Statement;
  pdf: Uint8Array;
};

/**
 * The statement computed when a campaign ends: its totals, and every line in the attached PDF (a
 * statement may run to thousands of lines: an email is no place to list them).
 */
export const payoutStatementEmail = (
  { w, links }: Writing,
  { to, recipient, partner, campaign, statement, pdf }: StatementEmail,
): EmailMessage =>
  composeEmail(w, {
    to,
    subject: w.t('email.statement.subject', {
      campaign: campaign.name,
      companyName: partner.companyName,
      mpnId: partner.mpnId,
    }),
    blocks: [
      { text: w.t('email.statement.text', { campaign: campaign.name, campaignId: campaign.campaignId }) },
      {
        fields: [
          [w.t('email.field.partner'), partnerName(w, partner)],
          [w.t('email.statement.amount'), w.money(statement.amountCents)],
          [w.t('email.statement.units'), w.number(statement.eligibleUnits)],
          [w.t('email.statement.count'), w.number(statement.count)],
          [w.t('email.statement.lines'), w.number(statement.lines.length)],
          [w.t('email.statement.excluded'), w.number(statement.excluded.length)],
        ],
      },
      { text: w.t('email.statement.attached') },
      ...(recipient === 'partner'
        ? [{ link: links.statement(campaign.campaignId), label: w.t('email.statement.link') }]
        : []),
    ],
    attachments: [
      {
        fileName: `statement-${campaign.campaignId}-${partner.mpnId}.pdf`,
        contentType: 'application/pdf',
        content: pdf,
      },
    ],
  });

export type JourneyFailure = { journey: string; step: string; error: string };

export const workflowFailureEmail = ({ w }: Writing, to: string, failure: JourneyFailure): EmailMessage => {
  const where = { journey: failure.journey, step: failure.step };
  return composeEmail(w, {
    to,
    subject: w.t('email.failure.subject', where),
    blocks: [
      { text: w.t('email.failure.text', where) },
      { fields: [[w.t('email.failure.error'), prose(failure.error)]] },
      { text: w.t('email.failure.next') },
    ],
  });
};

export type InquiryRef = { inquiryId: string; campaignId: string; saleId?: string; message: string };

const inquiryFields = (w: Words, inquiry: InquiryRef): Field[] => [
  [w.t('email.inquiry.id'), inquiry.inquiryId],
  [w.t('email.field.campaign'), inquiry.campaignId],
  ...(inquiry.saleId ? [[w.t('email.inquiry.sale'), inquiry.saleId] as Field] : []),
  [w.t('email.inquiry.question'), prose(inquiry.message)],
];

/** Each step of an inquiry leads to the inquiry's page, where the partner follows and answers it. */
const inquiryEmail = (
  { w, links }: Writing,
  partner: PartnerContact,
  inquiry: InquiryRef,
  content: { subject: string; text?: string; fields: Field[]; next?: string },
): EmailMessage =>
  composeEmail(w, {
    to: partner.contactEmail,
    subject: content.subject,
    blocks: [
      companyGreeting(w, partner),
      ...(content.text ? [{ text: content.text }] : []),
      { fields: [...inquiryFields(w, inquiry), ...content.fields] },
      ...(content.next ? [{ text: content.next }] : []),
      { link: links.inquiry(inquiry.inquiryId), label: w.t('email.inquiry.link') },
    ],
  });

export const inquiryReceivedEmail = (
  writing: Writing,
  partner: PartnerContact,
  inquiry: InquiryRef,
): EmailMessage => {
  const { w } = writing;
  return inquiryEmail(writing, partner, inquiry, {
    subject: w.t('email.inquiry.received.subject', { campaignId: inquiry.campaignId }),
    text: w.t('email.inquiry.received.text'),
    fields: [],
  });
};

export const inquiryAnsweredEmail = (
  writing: Writing,
  partner: PartnerContact,
  inquiry: InquiryRef,
  answer: string,
): EmailMessage => {
  const { w } = writing;
  return inquiryEmail(writing, partner, inquiry, {
    subject: w.t('email.inquiry.answered.subject', { campaignId: inquiry.campaignId }),
    fields: [[w.t('email.inquiry.answer'), prose(answer)]],
  });
};

export const inquiryResolvedEmail = (
  writing: Writing,
  partner: PartnerContact,
  inquiry: InquiryRef,
  resolution: { outcome: 'adjusted' | 'declined'; note: string; adjustmentCents?: number },
): EmailMessage => {
  const { w } = writing;
  const { outcome, note, adjustmentCents } = resolution;
  return inquiryEmail(writing, partner, inquiry, {
    subject: w.t(`email.inquiry.${outcome}.subject`, { campaignId: inquiry.campaignId }),
    fields: [
      [w.t('email.inquiry.outcome'), w.t(`email.inquiry.${outcome}.outcome`)],
      ...(adjustmentCents !== undefined
        ? [[w.t('email.inquiry.adjustment'), w.money(adjustmentCents)] as Field]
        : []),
      [w.t('email.inquiry.note'), prose(note)],
    ],
    next: w.t(`email.inquiry.${outcome}.next`),
  });
};

const changeOf = (w: Words, before: string, after: string) =>
  before === after ? w.t('email.payment.unchanged') : w.t('email.payment.changedFrom', { before, after });

/**
 * To the partner's contact and to its remittance addresses before and after the change, so that
 * someone who did not make it hears of it before money goes the new way. The bank reference is
 * only said to have changed: an email is no place to repeat where money goes.
 */
export const paymentProfileChangedEmail = (
  { w, links }: Writing,
  to: string,
  partner: PartnerContact,
  { previous, current }: PaymentProfileChange,
): EmailMessage => {
  const named = { companyName: partner.companyName, mpnId: partner.mpnId };
  return composeEmail(w, {
    to,
    subject: w.t('email.payment.subject', named),
    blocks: [
      { text: w.t('email.payment.text', { ...named, changedAt: w.instant(current.updatedAt) }) },
      {
        fields: [
          [w.t('email.payment.legalName'), changeOf(w, previous.legalName, current.legalName)],
          [
            w.t('email.payment.remittanceEmail'),
            changeOf(w, previous.remittanceEmail, current.remittanceEmail),
          ],
          [
            w.t('email.payment.bankReference'),
            w.t(
              previous.bankReference === current.bankReference
                ? 'email.payment.unchanged'
                : 'email.payment.changed',
            ),
          ],
        ],
      },
      { text: w.t('email.payment.hold') },
      { link: links.paymentProfile(), label: w.t('email.payment.link') },
    ],
  });
};
