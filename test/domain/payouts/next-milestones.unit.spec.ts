import { describe, expect, it } from 'vitest';
import { calculateStatement } from '../../../domain/payouts/calculate-statement.js';
import { type Milestone, nextMilestones } from '../../../domain/payouts/next-milestones.js';
import type { StatementRegistrationStatus } from '../../../domain/payouts/statement.js';
import type { CampaignTerms } from '../../../events/campaign-terms.js';
import { dollarPerSkuTerms, frequencyTerms, MPN } from '../../support/fixtures.js';
import {
  inJuly as inPeriod,
  type LineSpec,
  ledgerLine,
  ledgerOf,
  oneUnitSales as sales,
} from '../../support/ledger.js';

// The period runs from 2026-07-01T04:00Z to 2026-10-01T04:00Z.
const OPEN = '2026-08-15T00:00:00Z';

const milestonesOf = (
  terms: CampaignTerms,
  lines: LineSpec[],
  { asOf = OPEN, status = 'approved' as StatementRegistrationStatus } = {},
): Milestone[] =>
  nextMilestones({
    terms,
    mpnId: MPN,
    registrationStatus: status,
    ledger: ledgerOf(lines.map(ledgerLine)),
    asOf,
  });

// Tiers: 3 pays 75,000 cents, 5 pays 150,000.
const transactions = (o = {}) => frequencyTerms({ metric: 'transactions', ...o });
const newCustomers = (o = {}) => frequencyTerms({ metric: 'newCustomers', ...o });
const tier = (toGo: number, threshold: number, paysCents: number, metric = 'transactions') => ({
  kind: 'next-tier',
  metric,
  toGo,
  threshold,
  paysCents,
});
const highest = (threshold: number, paysCents: number, metric = 'transactions') => ({
  kind: 'highest-tier',
  metric,
  threshold,
  paysCents,
});

describe('The next milestones of a frequency campaign', () => {
  it.each([
    ['no sale yet: the lowest tier', transactions(), [], [tier(3, 3, 75_000)]],
    ['2 sales: 1 more reaches the lowest tier', transactions(), sales(2), [tier(1, 3, 75_000)]],
    ['3 sales: 2 more reach the next tier', transactions(), sales(3), [tier(2, 5, 150_000)]],
    ['5 sales: the highest tier is reached', transactions(), sales(5), [highest(5, 150_000)]],
    ['7 sales: still the highest tier', transactions(), sales(7), [highest(5, 150_000)]],
    [
      'lines that earn nothing do not count toward a tier',
      transactions(),
      [...sales(2), { saleId: 'X1', sku: 'AZ-CREDIT', soldAt: inPeriod(20) }],
      [tier(1, 3, 75_000)],
    ],
    [
      'new customers: a second line to a customer counts once',
      newCustomers(),
      [...sales(1), { saleId: 'S9', sku: 'M365-E3', customerId: 'c1', soldAt: inPeriod(20) }],
      [tier(2, 3, 75_000, 'newCustomers')],
    ],
    [
      'new customers: one who bought in the lookback window is not new',
      newCustomers(),
      [...sales(3), { saleId: 'OLD', sku: 'M365-E3', customerId: 'c3', soldAt: '2026-03-01T12:00:00Z' }],
      [tier(1, 3, 75_000, 'newCustomers')],
    ],
    [
      'new customers: 3 counted, 2 more reach the next tier',
      newCustomers(),
      sales(3),
      [tier(2, 5, 150_000, 'newCustomers')],
    ],
    [
      'a tier above the cap pays the cap',
      transactions({ maxPayoutCentsPerPartner: 100_000 }),
      sales(3),
      [tier(2, 5, 100_000)],
    ],
    [
      'a tier that reaches the cap: no tier beyond it pays more',
      transactions({ maxPayoutCentsPerPartner: 75_000 }),
      sales(4),
      [{ kind: 'payout-cap', centsLeft: 0, capCents: 75_000 }],
    ],
    [
      'below the minimum of units: the units to go, and what the sales so far would then earn',
      transactions({ minUnitsPerPartner: 10 }),
      sales(3),
      [{ kind: 'partner-minimum', unitsToGo: 7, minimumUnits: 10, earnsCents: 75_000 }, tier(2, 5, 150_000)],
    ],
  ])('%s', (_, terms, lines, expected) => {
    expect(milestonesOf(terms, lines)).toEqual(expected);
  });
});

describe('The next milestones of a Dollar per SKU campaign', () => {
  // M365-E5 pays 4,000 cents a unit.
  const e5 = (units: number): LineSpec[] => [{ saleId: 'E', sku: 'M365-E5', quantity: units }];
  it.each([
    ['no limit: nothing ahead', dollarPerSkuTerms(), e5(10), []],
    [
      'the payout cap: what is left to earn before it',
      dollarPerSkuTerms({ maxPayoutCentsPerPartner: 100_000 }),
      e5(10),
      [{ kind: 'payout-cap', centsLeft: 60_000, capCents: 100_000 }],
    ],
    [
      'the payout cap reached: nothing left',
      dollarPerSkuTerms({ maxPayoutCentsPerPartner: 100_000 }),
      e5(30),
      [{ kind: 'payout-cap', centsLeft: 0, capCents: 100_000 }],
    ],
    [
      'the unit cap: the units that can still be paid',
      dollarPerSkuTerms({ maxUnitsPerPartner: 30 }),
      e5(10),
      [{ kind: 'unit-cap', unitsLeft: 20, maxUnits: 30 }],
    ],
    [
      'the unit cap reached: no unit left',
      dollarPerSkuTerms({ maxUnitsPerPartner: 30 }),
      e5(40),
      [{ kind: 'unit-cap', unitsLeft: 0, maxUnits: 30 }],
    ],
    [
      'below the minimum of units: the units to go, and what the sales so far would then earn',
      dollarPerSkuTerms({ minUnitsPerPartner: 50 }),
      e5(10),
      [{ kind: 'partner-minimum', unitsToGo: 40, minimumUnits: 50, earnsCents: 40_000 }],
    ],
    [
      'below the minimum and under a cap: what the sales would earn, capped',
      dollarPerSkuTerms({ minUnitsPerPartner: 50, maxPayoutCentsPerPartner: 30_000 }),
      e5(10),
      [
        { kind: 'partner-minimum', unitsToGo: 40, minimumUnits: 50, earnsCents: 30_000 },
        { kind: 'payout-cap', centsLeft: 0, capCents: 30_000 },
      ],
    ],
    [
      'the minimum met: no longer a milestone',
      dollarPerSkuTerms({ minUnitsPerPartner: 10, maxUnitsPerPartner: 25 }),
      e5(10),
      [{ kind: 'unit-cap', unitsLeft: 15, maxUnits: 25 }],
    ],
  ])('%s', (_, terms, lines, expected) => {
    expect(milestonesOf(terms, lines)).toEqual(expected);
  });
});

describe('The next milestones', () => {
  const terms = transactions();
  it('are none once the period has ended', () =>
    expect(milestonesOf(terms, sales(2), { asOf: '2026-10-01T04:00:00Z' })).toEqual([]));

  it.each(['rejected', 'expired'] as const)('are none for a %s registration, which earns nothing', (status) =>
    expect(milestonesOf(terms, sales(2), { status })).toEqual([]),
  );

  it('are those approval would count for a pending registration', () =>
    expect(milestonesOf(terms, sales(2), { status: 'pending' })).toEqual([tier(1, 3, 75_000)]));

  it('are shown before the period opens, from the lowest tier', () =>
    expect(milestonesOf(terms, [], { asOf: '2026-06-15T00:00:00Z' })).toEqual([tier(3, 3, 75_000)]));
});

describe('A milestone reached', () => {
  const statementWith = (terms: CampaignTerms, lines: LineSpec[]) =>
    calculateStatement({
      terms,
      mpnId: MPN,
      registrationStatus: 'approved',
      ledger: ledgerOf(lines.map(ledgerLine)),
    });

  it('pays, by the payout calculator, the tier it announced once the sales it asks for are made', () => {
    const terms = newCustomers({ maxPayoutCentsPerPartner: 100_000 });
    const [next] = milestonesOf(terms, sales(3));
    if (next?.kind !== 'next-tier') throw new Error('A next tier was expected');
    const more = sales(3 + next.toGo).slice(3);
    expect(statementWith(terms, [...sales(3), ...more]).amountCents).toBe(next.paysCents);
  });

  it('pays, by the payout calculator, what the minimum announced once the units it asks for are sold', () => {
    const terms = dollarPerSkuTerms({ minUnitsPerPartner: 50 });
    const lines: LineSpec[] = [{ saleId: 'E', sku: 'M365-E5', quantity: 10 }];
    const [minimum] = milestonesOf(terms, lines);
    if (minimum?.kind !== 'partner-minimum') throw new Error('A minimum was expected');
    const reached = statementWith(terms, [
      ...lines,
      { saleId: 'F', sku: 'M365-E3', quantity: minimum.unitsToGo },
    ]);
    expect(reached.amountCents).toBe(minimum.earnsCents + minimum.unitsToGo * 1500);
  });
});
