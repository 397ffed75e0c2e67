import { describe, expect, it } from 'vitest';
import { statementCsv } from '../../../functions/format/statement-csv.js';
import { wordsFor } from '../../../functions/i18n/words.js';
import { overpaid, paidThenChanged } from '../../support/statement-document.js';

const english = wordsFor('en', 'America/Vancouver');
const rowsOf = (csv: string) => csv.split('\r\n');

describe('A statement as CSV', () => {
  it('writes an amount below zero as a number a spreadsheet reads, not as defused text', () => {
    const csv = statementCsv(paidThenChanged(), english);
    expect(csv).not.toContain("'-");
    expect(rowsOf(csv)).toContain(
      'Reversed after payment,S-1,,,M365-E5,8,,-320.00,8 units were reversed after the payment.',
    );
  });

  it('still defuses text a spreadsheet would run as a formula', () => {
    const base = paidThenChanged();
    const doc = paidThenChanged({
      excluded: base.excluded.map((e) => ({ ...e, customerId: '-2+3' })),
      adjustments: [
        {
          inquiryId: '0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11',
          amountCents: -5_000,
          note: '=HYPERLINK("http://evil.example","refund")',
          recordedAt: '2026-10-20T14:00:00Z',
        },
      ],
    });
    expect(rowsOf(statementCsv(doc, english))).toContain(
      'Adjustment,,,,,,,-50.00,"\'=HYPERLINK(""http://evil.example"",""refund"")"',
    );
    expect(rowsOf(statementCsv(doc, english))).toContain(
      'Earned nothing,S-3,"August 2, 2026",\'-2+3,M365-E5,3,,0.00,It has fewer net units than the minimum per sale.',
    );
  });

  it('gives each sale its date in words in the partner’s time zone, its customer and its rate', () => {
    const rows = rowsOf(statementCsv(paidThenChanged(), english));
    expect(rows[0]).toBe(
      'Line,Sale,Sold on,Customer,Product (SKU),Units,Rate (CAD),Amount (CAD),Explanation',
    );
    expect(rows).toContain('Earned,S-1,"July 10, 2026",contoso,M365-E5,12,40.00,480.00,');
    // 02:00 UTC on August 1 is still July 31 in Vancouver.
    expect(rows).toContain('Earned,S-2,"July 31, 2026",fabrikam,M365-E5,40,40.00,1600.00,');
    expect(rows).toContain(
      'Earned nothing,S-3,"August 2, 2026",fabrikam,M365-E5,3,,0.00,It has fewer net units than the minimum per sale.',
    );
    expect(rows).toContain(
      'Outside the period,S-7,"October 5, 2026",tailspin,M365-E5,9,,,Sold after the period ended. None of the campaigns you registered for counts it.',
    );
  });

  it('ends with where the payment stands, then totals that add up, each saying what it is, and one balance', () => {
    const rows = rowsOf(statementCsv(paidThenChanged(), english));
    expect(rows.slice(-7)).toEqual([
      'Payment,,,,,,,,"Closed, waiting for the next payment run. It is held because your payment details changed shortly before the payment run: finance is confirming the change with you."',
      'Earned from your sales,,,,,,,2080.00,',
      'Included above: sales reversed after your last payment,,,,,,,-320.00,',
      'Total,,,,,,,2080.00,',
      'Paid so far,,,,,,,800.00,"CAD\u00a0800.00 sent on October 3, 2026, reference EFT-1."',
      'Left to pay you,,,,,,,1280.00,',
      '',
    ]);
  });

  it('says, when more was paid than the total, what is to recover instead of what is left to pay', () => {
    const rows = rowsOf(statementCsv(overpaid(), english));
    expect(rows).toContain('Paid more than the total: to recover from you,,,,,,,320.00,');
    expect(rows.some((row) => row.startsWith('Left to pay you'))).toBe(false);
  });

  it('is in the partner’s language: headers, words and dates', () => {
    const rows = rowsOf(statementCsv(paidThenChanged(), wordsFor('fr', 'America/Toronto')));
    expect(rows[0]).toBe(
      'Ligne,Vente,Vendue le,Client,Produit (SKU),Unités,Taux (CAD),Montant (CAD),Explication',
    );
    expect(rows).toContain('Gagné,S-1,10 juillet 2026,contoso,M365-E5,12,40.00,480.00,');
    expect(rows).toContain('Reste à vous payer,,,,,,,1280.00,');
  });
});
