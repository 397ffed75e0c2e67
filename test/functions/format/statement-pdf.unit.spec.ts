import { describe, expect, it } from 'vitest';
import type { PartnerStatementDocument } from '../../../functions/application/partner-statements.js';
import { statementPdf } from '../../../functions/format/statement-pdf.js';
import { renderFirstPage } from '../../support/pdf.js';

const held: PartnerStatementDocument = {
  campaignId: 'e5-upsell',
  campaignName: 'Microsoft 365 E5 upsell',
  mpnId: '1234567',
  companyName: 'Northwind Traders',
  asOf: '2026-11-01T00:00:00Z',
  registrationStatus: 'approved',
  eligibleUnits: 4,
  count: 1,
  amountCents: 16_000,
  potentialCents: 16_000,
  lines: [{ saleId: 'S-1', sku: 'M365-E5', units: 4, amountCents: 16_000 }],
  excluded: [],
  adjustments: [],
  clawbacks: [],
  totals: {
    earnedCents: 16_000,
    adjustmentsCents: 0,
    totalCents: 16_000,
    issuedCents: 0,
    dueCents: 16_000,
    clawbackCents: 0,
  },
  payment: { status: 'unprocessed', holds: ['below-minimum-payout'], closedAsOf: '2026-10-02T00:00:00Z' },
};

describe('A statement as a PDF', () => {
  it('says in words why a payment that is due waits', async () => {
    const { text } = renderFirstPage(await statementPdf(held));
    expect(text).toMatch(/Payment\s+unprocessed/);
    expect(text).toContain('Below the minimum payout: it carries over to your next payment.');
  });
});
