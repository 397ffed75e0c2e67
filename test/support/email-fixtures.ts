import type { Statement } from '../../domain/payouts/statement.js';
import {
  accessCodeEmail,
  accessCodeExpiredEmail,
  approvalRequestEmail,
  inquiryAnsweredEmail,
  inquiryReceivedEmail,
  inquiryResolvedEmail,
  paymentProfileChangedEmail,
  payoutStatementEmail,
  registrationDecisionEmail,
  registrationExpiredEmail,
  type Writing,
  workflowFailureEmail,
} from '../../functions/email/templates.js';
import type { EmailMessage } from '../../functions/ports/mailer.js';

/** Every email the program sends, rendered from one set of values, with the page each leads to. */
export const BASE_URL = 'https://partners.program.example';

export const partner = {
  mpnId: '1234567',
  companyName: 'Northwind Traders',
  contactEmail: 'ops@northwind.example',
};
export const campaign = { campaignId: 'm365-e5-upsell', name: 'Microsoft 365 E5 upsell' };
const inquiry = {
  inquiryId: '0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11',
  campaignId: campaign.campaignId,
  saleId: 'S-1001',
  message: 'Where is my sale of July 14?',
};
export const INSTANT = '2026-07-02T12:00:00.000Z';
export const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1'));
const statement: Statement = {
  campaignId: campaign.campaignId,
  mpnId: partner.mpnId,
  registrationStatus: 'approved',
  eligibleUnits: 1250,
  count: 3,
  amountCents: 170_000,
  potentialCents: 170_000,
  lines: [{ saleId: 'S-1001', sku: 'M365-E5', units: 1250, amountCents: 170_000 }],
  excluded: [{ saleId: 'S-1002', reason: 'sku-not-eligible' }],
};
const change = {
  previous: {
    legalName: 'Northwind Traders Inc.',
    remittanceEmail: 'ap@northwind.example',
    bankReference: 'NW-PAYEE-7',
    updatedAt: '2026-06-01T12:00:00Z',
  },
  current: {
    legalName: 'Northwind Traders Inc.',
    remittanceEmail: 'payables@northwind.example',
    bankReference: 'NW-PAYEE-8',
    updatedAt: INSTANT,
  },
};

/** The values the emails are written from: what an email may show besides its words. */
export const DATA_VALUES = [
  partner.mpnId,
  partner.companyName,
  partner.contactEmail,
  campaign.campaignId,
  campaign.name,
  inquiry.inquiryId,
  inquiry.saleId,
  inquiry.message,
  'K7M4QX9P2T',
  'INV-0048213',
  'Dana Smith',
  'Not an agreement we know.',
  'See line S-1001.',
  'Corrected by hand.',
  'partner-journey-1234567',
  'send-access-code',
  'MessageRejected: the address is not verified',
  change.previous.remittanceEmail,
  change.current.remittanceEmail,
  'approver@program.example',
  'finance@program.example',
  'team@program.example',
];

export type RenderedEmail = {
  name: string;
  reader: 'partner' | 'staff';
  email: EmailMessage;
  /** The page the reader acts on, absolute. */
  link?: string;
};

export function everyEmail(writing: Writing): RenderedEmail[] {
  const code = (reason: 'first' | 'requested' | 'replaces-locked') =>
    accessCodeEmail(writing, partner, { code: 'K7M4QX9P2T', expiresAt: INSTANT, reason });
  const logIn = `${BASE_URL}/portal?mpnId=1234567`;
  const registration = `${BASE_URL}/portal/campaigns/m365-e5-upsell`;
  const inquiryPage = `${BASE_URL}/portal/inquiries/${inquiry.inquiryId}`;
  const statementEmail = (recipient: 'partner' | 'finance', to: string) =>
    payoutStatementEmail(writing, { to, recipient, partner, campaign, statement, pdf: PDF });
  const approval = (reminder: boolean) =>
    approvalRequestEmail(writing, 'approver@program.example', {
      partner,
      campaign,
      registrationId: 'm365-e5-upsell--1234567',
      agreementNumber: 'INV-0048213',
      signerName: 'Dana Smith',
      submittedAt: '2026-06-30T15:30:00Z',
      token: 'selector.verifier',
      expiresAt: INSTANT,
      reminder,
    });
  return [
    { name: 'access code', reader: 'partner', email: code('first'), link: logIn },
    { name: 'access code asked for', reader: 'partner', email: code('requested'), link: logIn },
    {
      name: 'access code replacing a locked one',
      reader: 'partner',
      email: code('replaces-locked'),
      link: logIn,
    },
    {
      name: 'access code expired',
      reader: 'partner',
      email: accessCodeExpiredEmail(writing, partner),
      link: `${BASE_URL}/portal/access-code?mpnId=1234567`,
    },
    {
      name: 'approval request',
      reader: 'staff',
      email: approval(false),
      link: `${BASE_URL}/approvals/selector.verifier`,
    },
    {
      name: 'approval reminder',
      reader: 'staff',
      email: approval(true),
      link: `${BASE_URL}/approvals/selector.verifier`,
    },
    {
      name: 'registration approved',
      reader: 'partner',
      email: registrationDecisionEmail(writing, partner, campaign, { status: 'approved' }),
      link: registration,
    },
    {
      name: 'registration rejected',
      reader: 'partner',
      email: registrationDecisionEmail(writing, partner, campaign, {
        status: 'rejected',
        reason: 'Not an agreement we know.',
      }),
      link: registration,
    },
    {
      name: 'registration expired',
      reader: 'partner',
      email: registrationExpiredEmail(writing, partner, campaign),
      link: registration,
    },
    {
      name: 'statement to the partner',
      reader: 'partner',
      email: statementEmail('partner', partner.contactEmail),
      link: `${BASE_URL}/portal/statements/m365-e5-upsell`,
    },
    {
      name: 'statement to finance',
      reader: 'staff',
      email: statementEmail('finance', 'finance@program.example'),
    },
    {
      name: 'journey failure',
      reader: 'staff',
      email: workflowFailureEmail(writing, 'team@program.example', {
        journey: 'partner-journey-1234567',
        step: 'send-access-code',
        error: 'MessageRejected: the address is not verified',
      }),
    },
    {
      name: 'inquiry received',
      reader: 'partner',
      email: inquiryReceivedEmail(writing, partner, inquiry),
      link: inquiryPage,
    },
    {
      name: 'inquiry answered',
      reader: 'partner',
      email: inquiryAnsweredEmail(writing, partner, inquiry, 'See line S-1001.'),
      link: inquiryPage,
    },
    {
      name: 'inquiry adjusted',
      reader: 'partner',
      email: inquiryResolvedEmail(writing, partner, inquiry, {
        outcome: 'adjusted',
        note: 'Corrected by hand.',
        adjustmentCents: 32_000,
      }),
      link: inquiryPage,
    },
    {
      name: 'inquiry declined',
      reader: 'partner',
      email: inquiryResolvedEmail(writing, partner, inquiry, {
        outcome: 'declined',
        note: 'Corrected by hand.',
      }),
      link: inquiryPage,
    },
    {
      name: 'payment profile changed',
      reader: 'partner',
      email: paymentProfileChangedEmail(writing, change.previous.remittanceEmail, partner, change),
      link: `${BASE_URL}/portal/payment-profile`,
    },
  ];
}
