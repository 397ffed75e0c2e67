import { describe, expect, it } from 'vitest';
import { fold } from '../../../domain/decider.js';
import { DAY_MS } from '../../../domain/durations.js';
import { payoutDecider, type SchedulePayment } from '../../../domain/payouts/decide.js';
import { evolvePayout, initialPayoutState, type PayoutEvent } from '../../../domain/payouts/payout.js';
import { paymentStatus, settle } from '../../../domain/payouts/settlement.js';
import type { Statement } from '../../../domain/payouts/statement.js';
import { MPN } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(payoutDecider);
const NOW = '2026-11-01T00:00:00Z';
const keys = { registrationId: `m365-upsell--${MPN}`, campaignId: 'm365-upsell', mpnId: MPN };
const INQUIRY = '0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11';

const statement = (amountCents: number): Statement => ({
  campaignId: keys.campaignId,
  mpnId: MPN,
  registrationStatus: 'approved',
  eligibleUnits: 10,
  count: 1,
  amountCents,
  potentialCents: amountCents,
  lines: [],
  excluded: [],
});
const closed = (amountCents: number, adjustmentsCents = 0, sha = 'a'): PayoutEvent => ({
  type: 'PayoutComputed',
  data: {
    ...keys,
    asOf: NOW,
    amountCents,
    potentialCents: amountCents,
    adjustmentsCents,
    statementSha256: sha.repeat(64),
  },
});
const scheduled = (amountCents: number): PayoutEvent => ({
  type: 'PaymentScheduled',
  data: { ...keys, amountCents, scheduledAt: NOW },
});
const issued = (amountCents: number, reference: string): PayoutEvent => ({
  type: 'PayoutIssued',
  data: { ...keys, amountCents, reference, issuedAt: NOW },
});
const adjusted = (amountCents: number, inquiryId = INQUIRY): PayoutEvent => ({
  type: 'AdjustmentRecorded',
  data: {
    ...keys,
    inquiryId,
    saleId: 'INV-7',
    amountCents,
    note: 'Line missing from the sales feed',
    recordedAt: NOW,
  },
});

const schedule = (context: Partial<SchedulePayment['context']> = {}) =>
  ({
    type: 'SchedulePayment',
    data: keys,
    context: {
      minimumPayoutCents: 20_000,
      otherDueCents: 0,
      paymentProfileComplete: true,
      confirmedFlags: 0,
      unreviewedProfileChangeFlags: 0,
      now: NOW,
      paymentProfileChangeHoldMs: 7 * DAY_MS,
      ...context,
    },
    metadata: { now: NOW },
  }) as const;
const issue = (amountCents: number, reference: string) =>
  ({ type: 'IssuePayout', data: { ...keys, amountCents, reference }, metadata: { now: NOW } }) as const;

describe('Closing a statement', () => {
  const close = (sha: string) =>
    ({
      type: 'RecordPayoutComputed',
      data: { ...keys, asOf: NOW, statement: statement(64_000), statementSha256: sha.repeat(64) },
      metadata: { now: NOW },
    }) as const;

  it('records the amount, the adjustments granted so far and the digest of the statement', () =>
    given([adjusted(2500)])
      .when(close('a'))
      .then([closed(64_000, 2500)]));

  it('records nothing when the same statement is closed again', () =>
    given([closed(64_000)])
      .when(close('a'))
      .thenNothingHappens());

  it('records a statement that changed since', () =>
    given([closed(64_000)])
      .when(close('b'))
      .then([closed(64_000, 0, 'b')]));
});

describe('Scheduling a payment', () => {
  it('schedules what the closed statement and its adjustments leave due', () =>
    given([closed(64_000, 2500)])
      .when(schedule())
      .then([scheduled(66_500)]));

  it('schedules only the rest after a part was paid', () =>
    given([closed(64_000), scheduled(40_000), issued(40_000, 'EFT-1'), closed(64_000, 0, 'b')])
      .when(schedule())
      .then([scheduled(24_000)]));

  it('refuses before the statement is closed', () =>
    given([]).when(schedule()).thenRefuses('conflict', 'payout-not-closed'));

  it('carries an amount over while all the partner has due is below the minimum', () => {
    const error = given([closed(15_000)])
      .when(schedule({ otherDueCents: 4_000 }))
      .thenRefuses('rule-violation', 'below-minimum-payout');
    expect(error.details).toMatchObject({
      dueCents: 15_000,
      partnerDueCents: 19_000,
      minimumPayoutCents: 20_000,
    });
  });

  it("schedules an amount below the minimum once the partner's other statements lift it over", () =>
    given([closed(15_000)])
      .when(schedule({ otherDueCents: 5_000 }))
      .then([scheduled(15_000)]));

  it('holds the payment while the payment profile is incomplete', () =>
    given([closed(64_000)])
      .when(schedule({ paymentProfileComplete: false }))
      .thenRefuses('rule-violation', 'payment-profile-incomplete'));

  it('holds the payment while finance has not reviewed the flag on a change of the payment profile', () =>
    given([closed(64_000)])
      .when(schedule({ unreviewedProfileChangeFlags: 1 }))
      .thenRefuses('rule-violation', 'payment-profile-changed'));

  it('holds the payment of a partner with a confirmed fraud flag', () =>
    given([closed(64_000)])
      .when(schedule({ confirmedFlags: 1 }))
      .thenRefuses('rule-violation', 'fraud-flag-confirmed'));

  it('schedules once', () =>
    given([closed(64_000), scheduled(64_000)])
      .when(schedule())
      .thenNothingHappens());

  it('has nothing to schedule when everything was paid', () =>
    given([closed(64_000), scheduled(64_000), issued(64_000, 'EFT-1')])
      .when(schedule())
      .thenRefuses('rule-violation', 'nothing-due'));
});

describe('Recording a payment as sent', () => {
  it('records the scheduled payment', () =>
    given([closed(64_000), scheduled(64_000)])
      .when(issue(64_000, 'EFT-1'))
      .then([issued(64_000, 'EFT-1')]));

  it('refuses a payment that was not scheduled', () =>
    given([closed(64_000)])
      .when(issue(64_000, 'EFT-1'))
      .thenRefuses('conflict', 'payment-not-scheduled'));

  it('refuses another amount than the one scheduled', () => {
    const error = given([closed(64_000), scheduled(64_000)])
      .when(issue(64_001, 'EFT-1'))
      .thenRefuses('rule-violation', 'amount-differs-from-scheduled');
    expect(error.details).toMatchObject({ scheduledCents: 64_000 });
  });

  it('treats the same reference and amount sent again as a duplicate', () =>
    given([closed(64_000), scheduled(64_000), issued(64_000, 'EFT-1')])
      .when(issue(64_000, 'EFT-1'))
      .thenNothingHappens());

  it('reports the same reference with another amount as a conflict', () =>
    given([closed(64_000), scheduled(64_000), issued(64_000, 'EFT-1')])
      .when(issue(1, 'EFT-1'))
      .thenRefuses('conflict', 'payout-reference-conflict'));
});

describe('Recording an adjustment', () => {
  const adjust = (amountCents: number) =>
    ({
      type: 'RecordAdjustment',
      data: {
        ...keys,
        inquiryId: INQUIRY,
        saleId: 'INV-7',
        amountCents,
        note: 'Line missing from the sales feed',
      },
      metadata: { now: NOW },
    }) as const;

  it('records it, linked to its inquiry and sale line', () =>
    given([])
      .when(adjust(2500))
      .then([adjusted(2500)]));

  it('records one adjustment per inquiry: the same again changes nothing, another amount conflicts', () => {
    given([adjusted(2500)])
      .when(adjust(2500))
      .thenNothingHappens();
    given([adjusted(2500)])
      .when(adjust(3000))
      .thenRefuses('conflict', 'adjustment-conflict');
  });
});

describe('A payment moves through unprocessed, scheduled and sent', () => {
  const status = (...events: PayoutEvent[]) =>
    paymentStatus(fold(evolvePayout, initialPayoutState(), events));

  it.each([
    ['not closed', [], 'not-closed'],
    ['closed with money due', [closed(64_000)], 'unprocessed'],
    ['scheduled', [closed(64_000), scheduled(64_000)], 'scheduled'],
    ['sent', [closed(64_000), scheduled(64_000), issued(64_000, 'EFT-1')], 'sent'],
    ['closed at zero', [closed(0)], 'nothing-due'],
  ] as const)('%s', (_, events, expected) => expect(status(...events)).toBe(expected));
});

describe('Settling a statement against what was paid', () => {
  it.each([
    [64_000, 0, { totalCents: 64_000, issuedCents: 0, dueCents: 64_000, clawbackCents: 0 }],
    [64_000, 40_000, { totalCents: 64_000, issuedCents: 40_000, dueCents: 24_000, clawbackCents: 0 }],
    [64_000, 64_000, { totalCents: 64_000, issuedCents: 64_000, dueCents: 0, clawbackCents: 0 }],
    [52_000, 64_000, { totalCents: 52_000, issuedCents: 64_000, dueCents: 0, clawbackCents: 12_000 }],
  ])('a statement of %i cents after %i paid', (amount, paid, expected) =>
    expect(settle(amount, paid)).toEqual(expected),
  );
});
