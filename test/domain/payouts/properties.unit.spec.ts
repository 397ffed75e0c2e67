import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateStatement } from '../../../domain/payouts/calculate-statement.js';
import { emptyLedger, evolveLedgers, type Ledgers } from '../../../domain/sales/ledger.js';
import type { SaleEvent } from '../../../domain/sales/sale.js';
import type { CampaignTerms } from '../../../events/campaign-terms.js';
import { addMs } from '../../../events/instant.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';
import { lineArbitrary, PARTNERS, termsArbitrary } from '../../support/generated-terms.js';
import { type LineSpec, statementFor } from '../../support/ledger.js';

/**
 * Invariants of the payout rules over generated campaigns and ledgers: the same events in any
 * interleaving of streams give the same statements; amounts are never negative and never pass
 * the caps; a reversal never raises a payout.
 */

const ledgerArbitrary = fc.array(lineArbitrary, { maxLength: 25 }).map((lines) =>
  lines.map((line, i): LineSpec => {
    let reversedUnits = 0;
    for (const r of line.reversals) if (reversedUnits + r <= line.quantity) reversedUnits += r;
    const { reversals: _, ...rest } = line;
    return { ...rest, saleId: `S${String(i).padStart(3, '0')}`, reversedUnits };
  }),
);

describe('Statements do not depend on how streams interleave', () => {
  /** Each sale is a stream: its recording, then its reversals, across several partners. */
  const saleStreams = fc
    .array(fc.record({ mpnId: fc.constantFrom(...PARTNERS), line: lineArbitrary }), { maxLength: 20 })
    .map((sales) =>
      sales.map(({ mpnId, line }, i): SaleEvent[] => {
        const saleId = `S${i}`;
        const recorded: SaleEvent = {
          type: 'SaleRecorded',
          data: {
            saleId,
            mpnId,
            customerId: line.customerId,
            sku: line.sku,
            quantity: line.quantity,
            licenseType: line.licenseType,
            soldAt: line.soldAt,
          },
        };
        let left = line.quantity;
        const reversals = line.reversals.flatMap((quantity, n): SaleEvent[] => {
          if (quantity > left) return [];
          left -= quantity;
          return [
            {
              type: 'SaleReversed',
              data: {
                reversalId: `CN-${n + 1}`,
                saleId,
                mpnId,
                quantity,
                reversedAt: addMs(line.soldAt, (n + 1) * 60_000),
              },
            },
          ];
        });
        return [recorded, ...reversals];
      }),
    );

  /** Picks the next stream to take an event from, at random, keeping each stream's own order. */
  const interleave = (streams: SaleEvent[][], picks: number[]) => {
    const queues = streams.map((s) => [...s]);
    const merged: SaleEvent[] = [];
    let p = 0;
    while (queues.some((q) => q.length > 0)) {
      const open = queues.filter((q) => q.length > 0);
      merged.push(
        (
          open[(picks[p++ % Math.max(1, picks.length)] ?? 0) % open.length] as SaleEvent[]
        ).shift() as SaleEvent,
      );
    }
    return merged;
  };

  const statements = (terms: CampaignTerms, events: SaleEvent[]) => {
    const ledgers = events.reduce(evolveLedgers, new Map() as Ledgers);
    return PARTNERS.map((mpnId) =>
      calculateStatement({
        terms,
        mpnId,
        registrationStatus: 'approved',
        ledger: ledgers.get(mpnId) ?? emptyLedger(),
      }),
    );
  };

  it('gives the same statements for every interleaving of the same streams', () =>
    fc.assert(
      fc.property(
        termsArbitrary(),
        saleStreams,
        fc.array(fc.nat(), { minLength: 1 }),
        fc.array(fc.nat(), { minLength: 1 }),
        (terms, streams, a, b) => {
          expect(statements(terms, interleave(streams, a))).toEqual(
            statements(terms, interleave(streams, b)),
          );
        },
      ),
      { numRuns: 300 },
    ));
});

describe('Amounts stay within the rules', () => {
  it('are never negative and never pass the payout cap or the unit cap', () =>
    fc.assert(
      fc.property(
        termsArbitrary(),
        ledgerArbitrary,
        fc.constantFrom('approved', 'pending', 'rejected') as fc.Arbitrary<
          'approved' | 'pending' | 'rejected'
        >,
        (terms, ledger, status) => {
          const s = statementFor(terms, ledger, status);
          expect(s.amountCents).toBeGreaterThanOrEqual(0);
          expect(s.potentialCents).toBeGreaterThanOrEqual(s.amountCents);
          for (const line of s.lines) expect(line.amountCents).toBeGreaterThanOrEqual(0);
          if (terms.maxPayoutCentsPerPartner !== undefined)
            expect(s.potentialCents).toBeLessThanOrEqual(terms.maxPayoutCentsPerPartner);
          if (terms.type === 'dollarPerSku' && terms.maxUnitsPerPartner !== undefined) {
            expect(s.lines.reduce((sum, l) => sum + l.units, 0)).toBeLessThanOrEqual(
              terms.maxUnitsPerPartner,
            );
          }
          expect(Number.isSafeInteger(s.amountCents)).toBe(true);
        },
      ),
      { numRuns: 500 },
    ));

  it('explain every line of the period exactly once: paid, counted or excluded', () =>
    fc.assert(
      fc.property(termsArbitrary(), ledgerArbitrary, (terms, ledger) => {
        const s = statementFor(terms, ledger);
        const explained = [...s.lines.map((l) => l.saleId), ...s.excluded.map((e) => e.saleId)].sort();
        const start = Date.parse(terms.period.start);
        const end = Date.parse(terms.period.end);
        const inPeriod = ledger
          .filter((l) => start <= Date.parse(l.soldAt as string) && Date.parse(l.soldAt as string) < end)
          .map((l) => l.saleId)
          .sort();
        expect(explained).toEqual(inPeriod);
      }),
      { numRuns: 300 },
    ));
});

describe('A reversal never raises a payout', () => {
  const reverseOneMore = (ledger: LineSpec[], pick: number, units: number) => {
    const candidates = ledger.filter((l) => (l.quantity ?? 10) - (l.reversedUnits ?? 0) > 0);
    const target = candidates[pick % Math.max(1, candidates.length)];
    if (!target) return undefined;
    const left = (target.quantity ?? 10) - (target.reversedUnits ?? 0);
    return ledger.map((l) =>
      l === target ? { ...l, reversedUnits: (l.reversedUnits ?? 0) + Math.min(units, left) } : l,
    );
  };

  const reversalNeverRaises = (terms: fc.Arbitrary<CampaignTerms>) =>
    fc.property(
      terms,
      ledgerArbitrary,
      fc.nat(),
      fc.integer({ min: 1, max: 12 }),
      (t, ledger, pick, units) => {
        const after = reverseOneMore(ledger, pick, units);
        if (!after) return;
        expect(statementFor(t, after).amountCents).toBeLessThanOrEqual(statementFor(t, ledger).amountCents);
      },
    );

  // With a unit cap and different rates the rules can pay more after a reversal (the example
  // below), so the property holds for rate cards with one rate, and for every frequency campaign.
  it('for frequency campaigns and for rate cards with one rate', () =>
    fc.assert(reversalNeverRaises(termsArbitrary({ uniformRate: true })), { numRuns: 1000 }));

  it('does not hold, as the rules are written, where a unit cap frees room for a later line with a higher rate', () => {
    const terms = dollarPerSkuTerms({ maxUnitsPerPartner: 10 });
    const before = statementFor(terms, [
      { saleId: 'A', sku: 'M365-E3', quantity: 10, soldAt: '2026-07-02T00:00:00Z' },
      { saleId: 'B', sku: 'M365-E5', quantity: 10, soldAt: '2026-07-03T00:00:00Z' },
    ]);
    const after = statementFor(terms, [
      { saleId: 'A', sku: 'M365-E3', quantity: 10, reversedUnits: 5, soldAt: '2026-07-02T00:00:00Z' },
      { saleId: 'B', sku: 'M365-E5', quantity: 10, soldAt: '2026-07-03T00:00:00Z' },
    ]);
    expect(before.amountCents).toBe(10 * 1500);
    expect(after.amountCents).toBe(5 * 1500 + 5 * 4000);
    // The generators reach such cases, so the property above is not passing for want of trying.
    expect(() => fc.assert(reversalNeverRaises(termsArbitrary()), { numRuns: 2000, seed: 42 })).toThrow();
  });
});
