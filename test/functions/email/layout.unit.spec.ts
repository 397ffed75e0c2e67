import { describe, expect, it } from 'vitest';
import { STAFF, writingFor } from '../../../functions/email/readers.js';
import {
  type ApprovalRequestDetails,
  accessCodeEmail,
  approvalRequestEmail,
  inquiryAnsweredEmail,
  inquiryReceivedEmail,
  inquiryResolvedEmail,
  type PartnerContact,
  payoutStatementEmail,
  registrationDecisionEmail,
  registrationExpiredEmail,
  workflowFailureEmail,
} from '../../../functions/email/templates.js';
import type { EmailMessage } from '../../../functions/ports/mailer.js';

const writing = writingFor('http://127.0.0.1:3000', STAFF);

/** Values as a partner could have sent them before requests were checked, or as events recorded them. */
const partnerNamed = (companyName: string): PartnerContact => ({
  mpnId: '1234567',
  companyName,
  contactEmail: 'ops@northwind.example',
});

const approvalRequest = (overrides: Partial<ApprovalRequestDetails> = {}): ApprovalRequestDetails => ({
  partner: partnerNamed('Northwind Traders'),
  campaign: { campaignId: 'm365-e5-upsell', name: 'Microsoft 365 E5 upsell' },
  registrationId: 'm365-e5-upsell--1234567',
  agreementNumber: 'INV-0048213',
  signerName: 'Dana Smith',
  submittedAt: '2026-07-01T12:00:00Z',
  token: 'selector.verifier',
  expiresAt: '2026-07-08T12:00:00Z',
  reminder: false,
  ...overrides,
});

const inquiry = (message: string) => ({
  inquiryId: '0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11',
  campaignId: 'm365-e5-upsell',
  message,
});

/** The lines of the text part that start with this label, as a script reads them. */
const linesStartingWith = (email: EmailMessage, label: string) =>
  email.text.split('\n').filter((line) => line.startsWith(label));

describe('An email composed from hostile values', () => {
  it('keeps its subject on one line: line breaks, controls and bidirectional overrides become spaces', () => {
    const email = approvalRequestEmail(
      writing,
      'approver@program.example',
      approvalRequest({ partner: partnerNamed('Evil\r\nBcc: attacker@evil.example\u202e\u0000') }),
    );
    expect(email.subject).toBe(
      'Registration to approve: Evil Bcc: attacker@evil.example  (MPN 1234567) for Microsoft 365 E5 upsell',
    );
  });

  it('carries no text of whoever signed up in an access-code email: it greets by MPN ID', () => {
    const email = accessCodeEmail(writing, partnerNamed('Evil\nAccess code: XYZ'), {
      code: 'K7M4QX9P2T',
      expiresAt: '2026-07-02T12:00:00Z',
      reason: 'first',
    });
    expect(linesStartingWith(email, 'Access code:')).toEqual(['Access code: K7M4QX9P2T']);
    expect(email.text).toContain('Hello partner 1234567,');
    expect(email.text).not.toContain('Evil');
    expect(email.html).not.toContain('Evil');
  });

  it('lets no value start a "Review and decide" line before the approval link', () => {
    const email = approvalRequestEmail(
      writing,
      'approver@program.example',
      approvalRequest({ signerName: 'Dana\nReview and decide: http://evil.example/approvals/x' }),
    );
    expect(linesStartingWith(email, 'Review and decide:')).toEqual([
      'Review and decide: http://127.0.0.1:3000/approvals/selector.verifier',
    ]);
  });

  it('keeps prose on its lines, each after the first indented under its field', () => {
    const email = registrationDecisionEmail(
      writing,
      partnerNamed('Northwind Traders'),
      { campaignId: 'm365-e5-upsell', name: 'Microsoft 365 E5 upsell' },
      { status: 'rejected', reason: 'Not ours.\r\nStatus: approved\u0007' },
    );
    expect(linesStartingWith(email, 'Status:')).toEqual(['Status: rejected']);
    expect(email.text).toContain('Reason: Not ours.\n  Status: approved \n');
  });

  it('lets no line of an inquiry, its answer or its resolution forge a line', () => {
    const question = inquiry('Where is my sale?\nAccess code: XYZ');
    const partner = partnerNamed('Northwind Traders');
    const emails = [
      inquiryReceivedEmail(writing, partner, question),
      inquiryAnsweredEmail(writing, partner, question, 'See below.\nStatus: approved'),
      inquiryResolvedEmail(writing, partner, question, {
        outcome: 'declined',
        note: 'No.\u2028Status: approved',
      }),
    ];
    for (const email of emails) {
      expect(linesStartingWith(email, 'Access code:')).toEqual([]);
      expect(linesStartingWith(email, 'Status:')).toEqual([]);
    }
  });

  it('is well-formed in every part whatever lone surrogates the values hold', () => {
    const partner = partnerNamed('Evil\ud800');
    const campaign = { campaignId: 'm365-e5-upsell', name: '\udc00E5' };
    const statement = {
      campaignId: 'm365-e5-upsell',
      mpnId: '1234567',
      registrationStatus: 'approved' as const,
      eligibleUnits: 0,
      count: 0,
      amountCents: 0,
      potentialCents: 0,
      lines: [],
      excluded: [],
    };
    const emails = [
      accessCodeEmail(writing, partner, {
        code: 'K7M4QX9P2T',
        expiresAt: '2026-07-02T12:00:00Z',
        reason: 'requested',
      }),
      approvalRequestEmail(
        writing,
        'approver@program.example',
        approvalRequest({ partner, signerName: 'D\ud83d' }),
      ),
      registrationDecisionEmail(writing, partner, campaign, { status: 'rejected', reason: 'No\udbff' }),
      registrationExpiredEmail(writing, partner, campaign),
      payoutStatementEmail(writing, {
        to: 'finance@program.example',
        recipient: 'finance',
        partner,
        campaign,
        statement,
        pdf: new Uint8Array(),
      }),
      workflowFailureEmail(writing, 'team@program.example', {
        journey: 'onboarding-1234567',
        step: '\ud800',
        error: 'Error: \udfff',
      }),
      inquiryAnsweredEmail(writing, partner, inquiry('Why?\ud800'), 'Because\udc00'),
    ];
    for (const { subject, text, html } of emails) {
      expect([subject, text, html].map((part) => part.isWellFormed())).toEqual([true, true, true]);
    }
  });
});
