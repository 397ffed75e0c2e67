import { describe, expect, it } from 'vitest';
import type { StatementSummary } from '../../../domain/payouts/statement-summary.js';
import { financeReportCsv } from '../../../functions/format/finance-report-csv.js';
import { LAMBDA_RESULT_BYTES, resultBytes } from '../../../functions/http/answer-size.js';
import { CSV, download } from '../../../functions/http/responses.js';

/** The payout report's CSV is a file to keep, not paged: its size is checked here, from its rows. */

const campaignId = 'c'.repeat(64);
const statement = (mpnId: string): StatementSummary => ({
  campaignId,
  mpnId,
  registrationStatus: 'approved',
  eligibleUnits: 1_000_000,
  count: 10_000,
  amountCents: 100_000_000_000,
  potentialCents: 100_000_000_000,
  paidLines: 10_000,
  excludedLines: 10_000,
  excludedByReason: { 'sku-not-eligible': 10_000 },
});

describe('The payout report as CSV', () => {
  it('of a campaign of 10,000 partners, with the longest ids and amounts, is one file of about 2 MB: within one answer', () => {
    const statements = Array.from({ length: 10_000 }, (_, i) => statement(String(1_000_000_000 + i)));
    const flags = statements.slice(0, 100).map((s, i) => ({
      flagId: `flag-${i}`,
      kind: 'duplicate-claim' as const,
      mpnId: s.mpnId,
      campaignId,
      saleIds: [`${'S'.repeat(99)}1`, `${'S'.repeat(99)}2`],
      evidence: {},
      raisedAt: '2026-10-01T00:00:00Z',
      status: 'open' as const,
    }));
    const csv = financeReportCsv({ asOf: '2026-11-01T00:00:00Z', statements, totalCents: 0, flags });
    expect(csv.split('\r\n')).toHaveLength(10_000 + 2);
    const bytes = resultBytes(download('payouts.csv', CSV, csv));
    expect(bytes).toBeGreaterThan(1_500_000);
    expect(bytes).toBeLessThan(LAMBDA_RESULT_BYTES / 3);
  });
});
