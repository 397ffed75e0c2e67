import type { PaymentProfileChange } from '../../domain/payment-profiles/payment-profile.js';
import { exclusionExplanations } from '../../domain/payouts/exclusion-reasons.js';
import type { Statement } from '../../domain/payouts/statement.js';
import { cad } from '../format/money.js';
import type { EmailMessage } from '../ports/mailer.js';
import { composeEmail, type Field, prose } from './layout.js';

/**
 * Every email the program sends, in one place. docs/http-api.md ("Emails that scripts read") fixes a few lines so that scripts can read
 * them: `Access code: <code>`, the approval link, and `Status: approved|rejected`.
 */

export type PartnerContact = { mpnId: string; companyName: string; contactEmail: string };
export type CampaignRef = { campaignId: string; name: string };

const NEW_CODE_HINT =
  'To get a new access code, sign up again with your MPN ID ("I do not have an access code"); it is emailed to this address.';

/** Why a code is sent: the first, one asked for again, or one that replaces a code locked by wrong tries. */
export type AccessCodeReason = 'first' | 'requested' | 'replaces-locked';

const REASON_LINES: Record<AccessCodeReason, string> = {
  first: 'Here is your access code. Log in with your MPN ID and this code.',
  requested: 'Here is the new access code you asked for. Log in with your MPN ID and this code.',
  'replaces-locked':
    'Your previous access code was locked after too many wrong tries, so here is a new one. Log in with your MPN ID and this code.',
};

// Codes go to addresses nobody has confirmed yet: these emails greet by MPN ID and carry no text a
// stranger wrote (a company name given at sign-up could be anything).
const greeting = (mpnId: string) => ({ text: `Hello partner ${mpnId},` });

export const accessCodeEmail = (
  partner: PartnerContact,
  code: string,
  expiresAt: string,
  reason: AccessCodeReason,
): EmailMessage =>
  composeEmail(partner.contactEmail, 'Your access code for Partner Sales Incentives', [
    greeting(partner.mpnId),
    { text: REASON_LINES[reason] },
    {
      fields: [
        ['Access code', code],
        ['MPN ID', partner.mpnId],
        ['Valid until', expiresAt],
      ],
    },
    { text: 'If you did not ask for this code, you can ignore this email.' },
  ]);

export const accessCodeExpiredEmail = (partner: PartnerContact): EmailMessage =>
  composeEmail(partner.contactEmail, 'Your access code has expired', [
    greeting(partner.mpnId),
    { text: `The access code sent to you for MPN ID ${partner.mpnId} expired before it was used.` },
    { text: NEW_CODE_HINT },
  ]);

export type ApprovalRequestDetails = {
  partner: PartnerContact;
  campaign: CampaignRef;
  registrationId: string;
  agreementNumber: string;
  signerName: string;
  submittedAt: string;
  link: string;
  expiresAt: string;
  reminder: boolean;
};

export const approvalRequestEmail = (approverEmail: string, d: ApprovalRequestDetails): EmailMessage =>
  composeEmail(
    approverEmail,
    `${d.reminder ? 'Reminder: ' : ''}Registration to approve: ${d.partner.companyName} (MPN ${d.partner.mpnId}) for ${d.campaign.name}`,
    [
      {
        text: d.reminder
          ? 'This registration is still waiting for a decision.'
          : 'A partner registered for a campaign and waits for your decision.',
      },
      {
        fields: [
          ['Partner', `${d.partner.companyName} (MPN ID ${d.partner.mpnId})`],
          ['Campaign', `${d.campaign.name} (${d.campaign.campaignId})`],
          ['Agreement number', d.agreementNumber],
          ['T&Cs signed by', d.signerName],
          ['Submitted', d.submittedAt],
        ],
      },
      { link: d.link, label: 'Review and decide' },
      { text: `The link is yours alone and works until ${d.expiresAt}. Opening it changes nothing.` },
    ],
  );

export type Decision = { status: 'approved' | 'rejected'; reason?: string };

export const registrationDecisionEmail = (
  partner: PartnerContact,
  campaign: CampaignRef,
  decision: Decision,
): EmailMessage =>
  composeEmail(partner.contactEmail, `Your registration for ${campaign.name} was ${decision.status}`, [
    { text: `Hello ${partner.companyName},` },
    { text: `Your registration for ${campaign.name} (${campaign.campaignId}) has been decided.` },
    {
      fields: [
        ['Status', decision.status],
        ...(decision.reason ? ([['Reason', prose(decision.reason)]] as Field[]) : []),
      ],
    },
    {
      text:
        decision.status === 'approved'
          ? 'Your eligible sales in the campaign period now earn incentives. You can follow them on your dashboard.'
          : 'You can check the status of your registrations on your dashboard at any time.',
    },
  ]);

export const registrationExpiredEmail = (partner: PartnerContact, campaign: CampaignRef): EmailMessage =>
  composeEmail(partner.contactEmail, `Your registration for ${campaign.name} was not decided in time`, [
    { text: `Hello ${partner.companyName},` },
    {
      text: `Your registration for ${campaign.name} (${campaign.campaignId}) was not decided before the campaign ended, so it has expired.`,
    },
    { fields: [['Status', 'expired']] },
    { text: 'Please contact the program team if you believe this is a mistake.' },
  ]);

/** The statement computed when a campaign ends: to the partner, and to finance to pay it. */
export const payoutStatementEmail = (
  to: string,
  partner: PartnerContact,
  campaign: CampaignRef,
  statement: Statement,
): EmailMessage =>
  composeEmail(to, `Payout statement: ${campaign.name}, ${partner.companyName} (MPN ${partner.mpnId})`, [
    {
      text: `The campaign ${campaign.name} (${campaign.campaignId}) has ended. This is the payout statement.`,
    },
    {
      fields: [
        ['Partner', `${partner.companyName} (MPN ID ${partner.mpnId})`],
        ['Amount earned', cad(statement.amountCents)],
        ['Eligible units', String(statement.eligibleUnits)],
        ['Count', String(statement.count)],
        ['Paid or counted lines', String(statement.lines.length)],
        ['Lines that earned nothing', String(statement.excluded.length)],
      ],
    },
    ...statement.lines.map((line) => ({
      text: `${line.saleId}: ${line.units} x ${line.sku}${line.amountCents > 0 ? `, ${cad(line.amountCents)}` : ''}`,
    })),
    ...statement.excluded.map((line) => ({
      text: `${line.saleId} earned nothing: ${exclusionExplanations[line.reason]}`,
    })),
  ]);

export const workflowFailureEmail = (to: string, what: string, error: string): EmailMessage =>
  composeEmail(to, `A partner journey needs attention: ${what}`, [
    { text: `A step of a partner journey failed after its retries and was stopped: ${what}.` },
    { fields: [['Error', prose(error)]] },
    { text: 'The failure is recorded as an event. Look into it, then restart the journey.' },
  ]);

export type InquiryRef = { inquiryId: string; campaignId: string; saleId?: string; message: string };

const inquiryFields = (inquiry: InquiryRef): Field[] => [
  ['Inquiry', inquiry.inquiryId],
  ['Campaign', inquiry.campaignId],
  ...(inquiry.saleId ? ([['Sale', inquiry.saleId]] as Field[]) : []),
  ['Your question', prose(inquiry.message)],
];

export const inquiryReceivedEmail = (partner: PartnerContact, inquiry: InquiryRef): EmailMessage =>
  composeEmail(partner.contactEmail, `We received your inquiry about ${inquiry.campaignId}`, [
    { text: `Hello ${partner.companyName},` },
    { text: 'Finance has your inquiry and will answer it. You can follow it on your dashboard.' },
    { fields: inquiryFields(inquiry) },
  ]);

export const inquiryAnsweredEmail = (
  partner: PartnerContact,
  inquiry: InquiryRef,
  answer: string,
): EmailMessage =>
  composeEmail(partner.contactEmail, `Finance answered your inquiry about ${inquiry.campaignId}`, [
    { text: `Hello ${partner.companyName},` },
    { fields: [...inquiryFields(inquiry), ['Answer', prose(answer)]] },
  ]);

export const inquiryResolvedEmail = (
  partner: PartnerContact,
  inquiry: InquiryRef,
  resolution: { outcome: 'adjusted' | 'declined'; note: string; adjustmentCents?: number },
): EmailMessage =>
  composeEmail(
    partner.contactEmail,
    `Your inquiry about ${inquiry.campaignId} was ${resolution.outcome === 'adjusted' ? 'resolved with an adjustment' : 'declined'}`,
    [
      { text: `Hello ${partner.companyName},` },
      {
        fields: [
          ...inquiryFields(inquiry),
          ['Outcome', resolution.outcome],
          ...(resolution.adjustmentCents !== undefined
            ? ([['Adjustment', cad(resolution.adjustmentCents)]] as Field[])
            : []),
          ['Note', prose(resolution.note)],
        ],
      },
      {
        text:
          resolution.outcome === 'adjusted'
            ? 'The adjustment appears, line by line, in your next statement.'
            : 'Nothing changes in your statement.',
      },
    ],
  );

const changeOf = (before: string, after: string) =>
  before === after ? 'unchanged' : `changed from ${before} to ${after}`;

/**
 * To the partner's contact and to its remittance addresses before and after the change, so that
 * someone who did not make it hears of it before money goes the new way. The bank reference is
 * only said to have changed: an email is no place to repeat where money goes.
 */
export const paymentProfileChangedEmail = (
  to: string,
  partner: PartnerContact,
  { previous, current }: PaymentProfileChange,
): EmailMessage =>
  composeEmail(to, `The payment profile of ${partner.companyName} (MPN ${partner.mpnId}) was changed`, [
    {
      text: `The payment profile of ${partner.companyName} (MPN ID ${partner.mpnId}) was changed on ${current.updatedAt}. This email goes to the partner's contact and to its remittance addresses, before and after the change.`,
    },
    {
      fields: [
        ['Legal name', changeOf(previous.legalName, current.legalName)],
        ['Remittance email', changeOf(previous.remittanceEmail, current.remittanceEmail)],
        ['Bank reference', previous.bankReference === current.bankReference ? 'unchanged' : 'changed'],
      ],
    },
    {
      text: 'Payments due shortly after a change are held until finance has confirmed it. If nobody at your company made this change, contact the program team at once.',
    },
  ]);
