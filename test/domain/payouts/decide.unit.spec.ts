import { describe, expect, it } from 'vitest';
import { decidePayout } from '../../../domain/payouts/decide.js';
import { evolvePayout, initialPayoutState, type PayoutEvent } from '../../../domain/payouts/payout.js';
import { settle } from '../../../domain/payouts/settlement.js';
import type { Statement } from '../../../domain/payouts/statement.js';
import { MPN } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor({ decide: decidePayout, evolve: evolvePayout, initialState: initialPayoutState });
const NOW = '2026-11-01T00:00:00Z';
const keys = { registrationId: `m365-upsell--${MPN}`, campaignId: 'm365-upsell', mpnId: MPN };
const statement = (
  amountCents: number,
  registrationStatus: Statement['registrationStatus'] = 'approved',
): Statement => ({
  campaignId: keys.campaignId,
  mpnId: MPN,
  registrationStatus,
  eligibleUnits: 10,
  count: 1,
  amountCents: registrationStatus === 'approved' ? amountCents : 0,
  potentialCents: amountCents,
  lines: [],
  excluded: [],
});
const issue = (
  amountCents: number,
  reference: string,
  amountDue = 64_000,
  status: Statement['registrationStatus'] = 'approved',
) =>
  ({
    type: 'IssuePayout',
    data: { ...keys, amountCents, reference },
    context: { statement: statement(amountDue, status) },
    metadata: { now: NOW },
  }) as const;
const issued = (amountCents: number, reference: string): PayoutEvent => ({
  type: 'PayoutIssued',
  data: { ...keys, amountCents, reference, issuedAt: NOW },
});

describe('Recording a payout as issued', () => {
  it('records the payment', () =>
    given([])
      .when(issue(64_000, 'EFT-1'))
      .then([issued(64_000, 'EFT-1')]));

  it('allows paying in parts up to what is due', () =>
    given([issued(40_000, 'EFT-1')])
      .when(issue(24_000, 'EFT-2'))
      .then([issued(24_000, 'EFT-2')]));

  it('refuses more than is still due', () => {
    const error = given([issued(40_000, 'EFT-1')])
      .when(issue(24_001, 'EFT-2'))
      .thenThrows('rule-violation', 'exceeds-amount-due');
    expect(error.details).toMatchObject({ dueCents: 24_000 });
  });

  it('treats the same reference and amount sent again as a duplicate', () =>
    given([issued(64_000, 'EFT-1')])
      .when(issue(64_000, 'EFT-1'))
      .thenNothingHappens());

  it('reports the same reference with another amount as a conflict', () =>
    given([issued(64_000, 'EFT-1')])
      .when(issue(1, 'EFT-1'))
      .thenThrows('conflict', 'payout-reference-conflict'));

  it.each(['pending', 'rejected'] as const)('refuses a payout on a %s registration', (status) => {
    given([])
      .when(issue(1, 'EFT-1', 64_000, status))
      .thenThrows('conflict', 'registration-not-approved');
  });
});

describe('Recording a computed statement', () => {
  const compute = (sha: string, asOf = NOW) =>
    ({
      type: 'RecordPayoutComputed',
      data: { ...keys, asOf, statement: statement(64_000), statementSha256: sha },
      metadata: { now: NOW },
    }) as const;
  const computed: PayoutEvent = {
    type: 'PayoutComputed',
    data: {
      ...keys,
      asOf: NOW,
      amountCents: 64_000,
      potentialCents: 64_000,
      statementSha256: 'a'.repeat(64),
    },
  };

  it('records the amount and the digest of the statement', () =>
    given([])
      .when(compute('a'.repeat(64)))
      .then([computed]));

  it('records nothing when the same statement is computed again', () =>
    given([computed])
      .when(compute('a'.repeat(64)))
      .thenNothingHappens());

  it('records a statement that changed since', () =>
    expect(
      given([computed])
        .when(compute('b'.repeat(64)))
        .events(),
    ).toHaveLength(1));
});

describe('Settling a statement against what was paid', () => {
  it.each([
    [64_000, 0, { issuedCents: 0, dueCents: 64_000, clawbackCents: 0 }],
    [64_000, 40_000, { issuedCents: 40_000, dueCents: 24_000, clawbackCents: 0 }],
    [64_000, 64_000, { issuedCents: 64_000, dueCents: 0, clawbackCents: 0 }],
    [52_000, 64_000, { issuedCents: 64_000, dueCents: 0, clawbackCents: 12_000 }],
  ])('a statement of %i cents after %i paid', (amount, paid, expected) =>
    expect(settle(amount, paid)).toEqual(expected),
  );
});
