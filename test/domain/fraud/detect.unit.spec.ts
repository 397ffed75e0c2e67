import { describe, expect, it } from 'vitest';
import { detectSaleFindings, detectSignUpFindings } from '../../../domain/fraud/detect.js';
import type { LedgerLine } from '../../../domain/sales/ledger.js';
import { instantMs } from '../../../events/instant.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';

const terms = dollarPerSkuTerms({ minUnitsPerSale: 1 });
const line = (
  saleId: string,
  soldAt: string,
  overrides: Partial<LedgerLine & { recordedAt: string }> = {},
) => ({
  saleId,
  customerId: 'contoso',
  sku: 'M365-E5',
  licenseType: 'Open',
  quantity: 10,
  soldAt,
  soldAtMs: instantMs(soldAt),
  reversedUnits: 0,
  recordedAt: soldAt,
  ...overrides,
});

describe('The duplicate-claim check', () => {
  it('finds one customer, SKU and day claimed by two partners, for each of them', () => {
    const findings = detectSaleFindings(terms, [
      { mpnId: '1111111', lines: [line('A-1', '2026-07-15T09:00:00Z')] },
      { mpnId: '2222222', lines: [line('B-1', '2026-07-15T17:00:00Z')] },
    ]);
    expect(findings.map((f) => [f.kind, f.mpnId, f.saleIds])).toEqual([
      ['duplicate-claim', '1111111', ['A-1']],
      ['duplicate-claim', '2222222', ['B-1']],
    ]);
  });

  it('leaves alone another day, another SKU, one partner selling twice, and lines fully reversed', () => {
    const findings = detectSaleFindings(terms, [
      { mpnId: '1111111', lines: [line('A-1', '2026-07-15T09:00:00Z'), line('A-2', '2026-07-15T10:00:00Z')] },
      {
        mpnId: '2222222',
        lines: [
          line('B-1', '2026-07-16T09:00:00Z'),
          line('B-2', '2026-07-15T09:00:00Z', { sku: 'M365-E3' }),
          line('B-3', '2026-07-15T11:00:00Z', { reversedUnits: 10 }),
        ],
      },
    ]);
    expect(findings).toEqual([]);
  });
});

describe('The tiny-sales-burst check', () => {
  const tiny = (n: number, hour: number) =>
    line(`T-${n}`, `2026-07-20T${String(hour).padStart(2, '0')}:00:00Z`, { quantity: 2 });

  it('finds five lines just over the minimum to one customer within a day, as one burst', () => {
    const findings = detectSaleFindings(terms, [
      { mpnId: '1111111', lines: [1, 2, 3, 4, 5, 6].map((n) => tiny(n, n)) },
    ]);
    expect(findings).toMatchObject([
      { kind: 'tiny-sales-burst', saleIds: ['T-1', 'T-2', 'T-3', 'T-4', 'T-5', 'T-6'] },
    ]);
  });

  it('leaves alone lines under the minimum, which earn nothing anyway', () => {
    const atLeastThree = dollarPerSkuTerms({ minUnitsPerSale: 3 });
    const under = [1, 2, 3, 4, 5, 6].map((n) => tiny(n, n));
    expect(detectSaleFindings(atLeastThree, [{ mpnId: '1111111', lines: under }])).toEqual([]);
    const justOver = under.map((l) => ({ ...l, quantity: 4 }));
    expect(detectSaleFindings(atLeastThree, [{ mpnId: '1111111', lines: justOver }])).toMatchObject([
      { kind: 'tiny-sales-burst' },
    ]);
  });

  it('leaves alone four lines, lines spread over days, and lines of real size', () => {
    const four = [1, 2, 3, 4].map((n) => tiny(n, n));
    const spread = [1, 2, 3, 4, 5].map((n) => line(`S-${n}`, `2026-07-${10 + n}T09:00:00Z`, { quantity: 1 }));
    const big = [1, 2, 3, 4, 5].map((n) => line(`G-${n}`, `2026-07-21T0${n}:00:00Z`, { quantity: 3 }));
    expect(
      detectSaleFindings(terms, [{ mpnId: '1111111', lines: [...four, ...spread, ...big] }]).filter(
        (f) => f.kind === 'tiny-sales-burst',
      ),
    ).toEqual([]);
  });
});

describe('The late-recording check', () => {
  it('finds a sale dated in the last days of the period but recorded weeks after its end', () => {
    const late = line('L-1', '2026-09-30T12:00:00Z', { recordedAt: '2026-10-20T00:00:00Z' });
    const onTime = line('L-2', '2026-09-30T12:00:00Z', {
      recordedAt: '2026-10-02T00:00:00Z',
      customerId: 'other',
    });
    const early = line('L-3', '2026-08-01T12:00:00Z', {
      recordedAt: '2026-10-20T00:00:00Z',
      customerId: 'third',
    });
    const findings = detectSaleFindings(terms, [{ mpnId: '1111111', lines: [late, onTime, early] }]);
    expect(findings).toMatchObject([{ kind: 'late-recorded-sale', saleIds: ['L-1'] }]);
  });
});

describe('The free-mail check', () => {
  it.each([
    ['ops@gmail.com', 1],
    ['ops@GMAIL.com', 1],
    ['ops@northwind.example', 0],
  ])('%s', (contactEmail, found) =>
    expect(detectSignUpFindings({ mpnId: '1111111', contactEmail })).toHaveLength(found),
  );
});
