import { describe, expect, it } from 'vitest';
import { fold } from '../../../domain/decider.js';
import { DAY_MS } from '../../../domain/durations.js';
import { paymentProfileChangeFindings } from '../../../domain/fraud/payment-profile-change.js';
import type { PaymentProfileChange } from '../../../domain/payment-profiles/payment-profile.js';
import {
  type PaymentChecks,
  paymentPositions,
  planPaymentRun,
  type RegistrationPayout,
} from '../../../domain/payouts/payment-run.js';
import { evolvePayout, initialPayoutState, type PayoutEvent } from '../../../domain/payouts/payout.js';

const NOW = '2026-11-01T00:00:00Z';
const MINIMUM = 20_000;
const ready: PaymentChecks = {
  paymentProfileComplete: true,
  confirmedFlags: 0,
  unreviewedProfileChangeFlags: 0,
};
const rules = { minimumPayoutCents: MINIMUM, paymentProfileChangeHoldMs: 7 * DAY_MS, now: NOW };

/** A registration's payout: closed at `closedCents`, and scheduled or paid when said so. */
function payout(
  campaignId: string,
  mpnId: string,
  closedCents: number | undefined,
  more: { scheduledCents?: number; issuedCents?: number } = {},
): RegistrationPayout {
  const keys = { registrationId: `${campaignId}--${mpnId}`, campaignId, mpnId };
  const events: PayoutEvent[] = [];
  if (closedCents !== undefined) {
    events.push({
      type: 'PayoutComputed',
      data: {
        ...keys,
        asOf: NOW,
        amountCents: closedCents,
        potentialCents: closedCents,
        adjustmentsCents: 0,
        statementSha256: 'a'.repeat(64),
      },
    });
  }
  if (more.scheduledCents !== undefined) {
    events.push({
      type: 'PaymentScheduled',
      data: { ...keys, amountCents: more.scheduledCents, scheduledAt: NOW },
    });
  }
  if (more.issuedCents !== undefined) {
    events.push({
      type: 'PayoutIssued',
      data: { ...keys, amountCents: more.issuedCents, reference: 'EFT-1', issuedAt: NOW },
    });
  }
  return { ...keys, state: fold(evolvePayout, initialPayoutState(), events) };
}

const run = (campaignId: string, payouts: RegistrationPayout[], checks: Record<string, PaymentChecks> = {}) =>
  planPaymentRun({
    campaignId,
    payouts,
    checksOf: (mpnId) => checks[mpnId] ?? ready,
    ...rules,
  }).map((step) => ({
    registrationId: step.payout.registrationId,
    outcome: step.outcome,
    ...(step.outcome === 'schedule'
      ? { dueCents: step.dueCents, otherDueCents: step.context.otherDueCents, carriedWith: step.carriedWith }
      : step.outcome === 'held'
        ? { hold: step.hold }
        : { amountCents: step.amountCents }),
  }));

describe('A payment run', () => {
  it('schedules what each closed statement of the campaign leaves due', () =>
    expect(run('a', [payout('a', '1000001', 30_000), payout('a', '1000002', 25_000)])).toEqual([
      { registrationId: 'a--1000001', outcome: 'schedule', dueCents: 30_000, otherDueCents: 0 },
      { registrationId: 'a--1000002', outcome: 'schedule', dueCents: 25_000, otherDueCents: 0 },
    ]));

  it('leaves out statements not closed and statements that leave nothing due', () =>
    expect(
      run('a', [
        payout('a', '1000001', undefined),
        payout('a', '1000002', 0),
        payout('a', '1000003', 30_000, { scheduledCents: 30_000, issuedCents: 30_000 }),
      ]),
    ).toEqual([]));

  it('holds an amount below the minimum: it carries over', () =>
    expect(run('a', [payout('a', '1000001', 15_000)])).toEqual([
      { registrationId: 'a--1000001', outcome: 'held', hold: 'below-minimum-payout' },
    ]));

  it('pays a small amount with what the partner’s other campaigns carried over, and schedules those along', () =>
    expect(run('b', [payout('a', '1000001', 8_000), payout('b', '1000001', 15_000)])).toEqual([
      { registrationId: 'b--1000001', outcome: 'schedule', dueCents: 15_000, otherDueCents: 8_000 },
      {
        registrationId: 'a--1000001',
        outcome: 'schedule',
        dueCents: 8_000,
        otherDueCents: 15_000,
        carriedWith: 'b--1000001',
      },
    ]));

  it('carries over only amounts too small to be paid alone: a larger one waits for its own campaign’s run', () =>
    expect(run('b', [payout('a', '1000001', 25_000), payout('b', '1000001', 15_000)])).toEqual([
      { registrationId: 'b--1000001', outcome: 'held', hold: 'below-minimum-payout' },
    ]));

  it('never weighs another partner’s amounts', () =>
    expect(run('b', [payout('a', '1000002', 8_000), payout('b', '1000001', 15_000)])).toEqual([
      { registrationId: 'b--1000001', outcome: 'held', hold: 'below-minimum-payout' },
    ]));

  it('holds a partner without a payment profile, or with a confirmed fraud flag, before the minimum', () => {
    const payouts = [payout('a', '1000001', 30_000), payout('a', '1000002', 5_000)];
    expect(
      run('a', payouts, {
        '1000001': { ...ready, paymentProfileComplete: false },
        '1000002': { ...ready, confirmedFlags: 1 },
      }),
    ).toEqual([
      { registrationId: 'a--1000001', outcome: 'held', hold: 'payment-profile-incomplete' },
      { registrationId: 'a--1000002', outcome: 'held', hold: 'fraud-flag-confirmed' },
    ]);
  });

  it('schedules the carried amounts also when a retried run finds this campaign’s payment scheduled', () =>
    expect(
      run('b', [payout('a', '1000001', 8_000), payout('b', '1000001', 15_000, { scheduledCents: 15_000 })]),
    ).toEqual([
      { registrationId: 'b--1000001', outcome: 'already-scheduled', amountCents: 15_000 },
      {
        registrationId: 'a--1000001',
        outcome: 'schedule',
        dueCents: 8_000,
        otherDueCents: 15_000,
        carriedWith: 'b--1000001',
      },
    ]));
});

/** The partner's profile as it was, and as it became at `updatedAt`. */
const changedAt = (updatedAt: string): PaymentProfileChange => ({
  previous: {
    legalName: 'Northwind Traders Inc.',
    remittanceEmail: 'ap@northwind.example',
    bankReference: 'NW-PAYEE-7',
    updatedAt: '2026-07-01T00:00:00Z',
  },
  current: {
    legalName: 'Northwind Traders Inc.',
    remittanceEmail: 'payments@elsewhere.example',
    bankReference: 'NW-PAYEE-NEW9',
    updatedAt,
  },
});

describe('A payment run soon after a change of the payment profile', () => {
  const runWith = (checks: Partial<PaymentChecks>, closedCents = 30_000) =>
    run('a', [payout('a', '1000001', closedCents)], { '1000001': { ...ready, ...checks } });
  const held = [{ registrationId: 'a--1000001', outcome: 'held', hold: 'payment-profile-changed' }];
  const scheduledAlone = [
    { registrationId: 'a--1000001', outcome: 'schedule', dueCents: 30_000, otherDueCents: 0 },
  ];

  it.each([
    ['a moment ago', '2026-10-31T23:59:59Z', held],
    ['6 days and 23 hours before', '2026-10-25T01:00:00Z', held],
    ['exactly 7 days before', '2026-10-25T00:00:00Z', scheduledAlone],
    ['a month before', '2026-10-01T00:00:00Z', scheduledAlone],
  ])('holds the payment when the profile changed less than 7 days before: changed %s', (_, at, expected) =>
    expect(runWith({ unflaggedProfileChange: changedAt(at) })).toEqual(expected),
  );

  it('holds the payment while a flag on a change is not reviewed, however long ago the change', () =>
    expect(runWith({ unreviewedProfileChangeFlags: 1 })).toEqual(held));

  it('pays once finance cleared the flag on the change, within the 7 days too', () =>
    expect(runWith({ unreviewedProfileChangeFlags: 0 })).toEqual(scheduledAlone));

  it('holds an amount below the minimum for the minimum: no money would move', () =>
    expect(runWith({ unflaggedProfileChange: changedAt('2026-10-31T00:00:00Z') }, 15_000)).toEqual([
      { registrationId: 'a--1000001', outcome: 'held', hold: 'below-minimum-payout' },
    ]));

  it('measures the 7 days as the program sets them', () =>
    expect(
      planPaymentRun({
        campaignId: 'a',
        payouts: [payout('a', '1000001', 30_000)],
        checksOf: () => ({ ...ready, unflaggedProfileChange: changedAt('2026-10-31T00:00:00Z') }),
        ...rules,
        paymentProfileChangeHoldMs: 0,
      }).map((step) => step.outcome),
    ).toEqual(['schedule']));

  it('holds the amounts the partner carried over from other campaigns with it', () =>
    expect(
      run('b', [payout('a', '1000001', 8_000), payout('b', '1000001', 15_000)], {
        '1000001': { ...ready, unflaggedProfileChange: changedAt('2026-10-31T00:00:00Z') },
      }),
    ).toEqual([{ registrationId: 'b--1000001', outcome: 'held', hold: 'payment-profile-changed' }]));

  it('raises one flag per partner held for a change no flag names yet, with where the money went and goes', () => {
    const change = changedAt('2026-10-31T00:00:00Z');
    const input = {
      campaignId: 'b',
      payouts: [
        payout('a', '1000001', 25_000),
        payout('b', '1000001', 30_000),
        payout('b', '1000002', 30_000),
      ],
      checksOf: (mpnId: string) => ({
        ...ready,
        ...(mpnId === '1000001' ? { unflaggedProfileChange: change } : { unreviewedProfileChangeFlags: 1 }),
      }),
      ...rules,
    };
    expect(paymentProfileChangeFindings(planPaymentRun(input), input.checksOf)).toEqual([
      {
        kind: 'payment-profile-changed',
        mpnId: '1000001',
        key: '2026-10-31T00:00:00Z',
        saleIds: [],
        evidence: {
          changedAt: '2026-10-31T00:00:00Z',
          previousRemittanceEmail: 'ap@northwind.example',
          remittanceEmail: 'payments@elsewhere.example',
          previousBankReferenceEnding: 'EE-7',
          bankReferenceEnding: 'NEW9',
        },
      },
    ]);
  });
});

describe('Where the payments of a campaign stand', () => {
  it('says for each what it is, what is due, and what holds it, as the run would weigh it', () => {
    const positions = paymentPositions({
      campaignId: 'a',
      payouts: [
        payout('a', '1000001', 15_000),
        payout('a', '1000002', 30_000, { scheduledCents: 30_000 }),
        payout('a', '1000003', undefined),
        payout('b', '1000001', 50_000),
      ],
      checksOf: () => ready,
      ...rules,
    });
    expect(positions).toEqual([
      {
        registrationId: 'a--1000001',
        mpnId: '1000001',
        status: 'unprocessed',
        holds: ['below-minimum-payout'],
        totalCents: 15_000,
        issuedCents: 0,
        dueCents: 15_000,
        clawbackCents: 0,
      },
      {
        registrationId: 'a--1000002',
        mpnId: '1000002',
        status: 'scheduled',
        holds: [],
        totalCents: 30_000,
        issuedCents: 0,
        dueCents: 30_000,
        clawbackCents: 0,
      },
      {
        registrationId: 'a--1000003',
        mpnId: '1000003',
        status: 'not-closed',
        holds: [],
        totalCents: 0,
        issuedCents: 0,
        dueCents: 0,
        clawbackCents: 0,
      },
    ]);
  });

  it('says a payment waits for finance to review a recent change of the payment profile, as the run holds it', () => {
    const positions = paymentPositions({
      campaignId: 'a',
      payouts: [payout('a', '1000001', 30_000)],
      checksOf: () => ({ ...ready, unflaggedProfileChange: changedAt('2026-10-30T00:00:00Z') }),
      ...rules,
    });
    expect(positions.map((p) => p.holds)).toEqual([['payment-profile-changed']]);
  });
});
