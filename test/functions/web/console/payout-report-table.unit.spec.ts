import { describe, expect, it } from 'vitest';
import type { PayoutReportRow } from '../../../../functions/application/payouts/payout-report-rows.js';
import { wordsFor } from '../../../../functions/i18n/words.js';
import type { ReportAsked } from '../../../../functions/web/console/payout-report-query.js';
import {
  ROWS_SHOWN,
  sortedRows,
  statementsTable,
} from '../../../../functions/web/console/payout-report-table.js';
import { render } from '../../../../functions/web/html.js';
import { visibleText } from '../../../support/page-client.js';

const row = (mpnId: string, amountCents: number, companyName = `Partner ${mpnId}`): PayoutReportRow => ({
  statement: {
    campaignId: 'e5-upsell',
    mpnId,
    registrationStatus: 'approved',
    eligibleUnits: 1,
    count: 1,
    amountCents,
    potentialCents: amountCents,
    paidLines: 1,
    excludedLines: 0,
    excludedByReason: {},
  },
  campaignName: 'Microsoft 365 E5 upsell',
  companyName,
  standing: 'not-closed',
  dueCents: 0,
  issuedCents: 0,
  openFlags: 0,
});

const asked: ReportAsked = {
  asOf: '2026-10-15T12:00:00Z',
  pinned: true,
  campaignId: undefined,
  status: undefined,
  sort: 'campaign',
  dir: 'asc',
  format: 'page',
};

describe('The table of the payout report', () => {
  it(`shows at most ${ROWS_SHOWN} statements, and says how many more the CSV holds`, () => {
    const rows = Array.from({ length: ROWS_SHOWN + 3 }, (_, i) => row(String(7_000_000 + i), 100));
    const shown = render(statementsTable(wordsFor('en'), asked, rows));
    expect(shown.match(/<tr role="row">/g)).toHaveLength(ROWS_SHOWN + 1);
    expect(visibleText(shown)).toContain(
      'The first 200 statements are shown; 3 more are in the CSV, which holds them all.',
    );
  });

  it('says nothing of a CSV when every statement is shown', () => {
    const shown = render(statementsTable(wordsFor('en'), asked, [row('7000001', 100)]));
    expect(visibleText(shown)).not.toContain('CSV');
  });

  it('keeps the report’s order among rows that tie on the sorted column', () => {
    const rows = [row('7000001', 100, 'B'), row('7000002', 500, 'A'), row('7000003', 100, 'C')];
    expect(sortedRows(rows, { sort: 'amount', dir: 'desc' }).map((r) => r.companyName)).toEqual([
      'A',
      'B',
      'C',
    ]);
    expect(sortedRows(rows, { sort: 'amount', dir: 'asc' }).map((r) => r.companyName)).toEqual([
      'B',
      'C',
      'A',
    ]);
    expect(sortedRows(rows, { sort: 'partner', dir: 'asc' }).map((r) => r.companyName)).toEqual([
      'A',
      'B',
      'C',
    ]);
  });
});
