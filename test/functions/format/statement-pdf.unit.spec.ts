import { describe, expect, it } from 'vitest';
import { statementPdf } from '../../../functions/format/statement-pdf.js';
import { wordsFor } from '../../../functions/i18n/words.js';
import { renderFirstPage } from '../../support/pdf.js';
import { overpaid, paidThenChanged } from '../../support/statement-document.js';

const english = wordsFor('en', 'America/Vancouver');
const textOf = async (doc = paidThenChanged(), w = english) =>
  renderFirstPage(await statementPdf(doc, w)).text.replace(/\s+/g, ' ');

describe('A statement as a PDF', () => {
  it('says in words why a payment that is due waits', async () => {
    const held = paidThenChanged({
      payment: {
        status: 'unprocessed',
        holds: ['below-minimum-payout'],
        closedAsOf: '2026-10-02T00:00:00Z',
        sent: [],
      },
    });
    const text = await textOf(held);
    expect(text).toContain('Payment Closed, waiting for the next payment run');
    expect(text).toContain('It is below the minimum payout: it carries over');
  });

  it('shows a clawback as already taken out of what was earned, and one balance, so that no total contradicts another', async () => {
    const text = await textOf();
    expect(text).toContain(
      [
        'Earned from your sales CAD 2,080.00',
        'Included above: sales reversed after your last payment -CAD 320.00',
        'Total CAD 2,080.00',
        'Paid so far CAD 800.00',
        'Left to pay you CAD 1,280.00',
      ].join(' '),
    );
    expect(text).not.toMatch(/recover/i);
    expect(text).toContain('S-1 8 units were reversed after the payment. -CAD 320.00');
  });

  it('says, when more was paid than the total, what is to recover and nothing left to pay', async () => {
    const text = await textOf(overpaid());
    expect(text).toContain('Paid more than the total: to recover from you CAD 320.00');
    expect(text).not.toContain('Left to pay you');
  });

  it('gives each sale its date in words in the partner’s time zone, its customer and its rate', async () => {
    const text = await textOf();
    expect(text).toContain('S-1 July 10, 2026 contoso 12 × M365-E5 CAD 40.00 per unit CAD 480.00');
    expect(text).toContain('S-2 July 31, 2026 fabrikam 40 × M365-E5 CAD 40.00 per unit CAD 1,600.00');
    expect(text).toContain(
      'S-3 August 2, 2026 fabrikam 3 × M365-E5 It has fewer net units than the minimum per sale.',
    );
    expect(text).toContain('S-7 October 5, 2026 tailspin 9 × M365-E5 Sold after the period ended.');
    expect(text).toContain('CAD 800.00 sent on October 3, 2026, reference EFT-1.');
  });

  it('is in the partner’s language, French amounts and dates included', async () => {
    const text = await textOf(paidThenChanged(), wordsFor('fr', 'America/Toronto'));
    expect(text).toContain('Relevé de paiement');
    expect(text).toContain('Gagné sur vos ventes 2 080,00 CAD');
    expect(text).toContain('S-1 10 juillet 2026 contoso 12 × M365-E5 40,00 CAD par unité 480,00 CAD');
    expect(text).not.toContain('?');
  });

  it('says once, above the sales a frequency campaign counts, the tier they reach', async () => {
    const counted = paidThenChanged({
      tier: { metric: 'newCustomers', threshold: 2, amountCents: 50_000 },
      lines: paidThenChanged().lines.map(({ rateCents: _, ...line }) => ({ ...line, amountCents: 0 })),
    });
    const text = await textOf(counted);
    expect(text).toContain(
      'Sales that count toward your tier Tier of 2 new customers: CAD 500.00 S-1 July 10, 2026 contoso 12 × M365-E5 Counted',
    );
  });
});
