import { describe, expect, it } from 'vitest';
import { fold } from '../../../domain/decider.js';
import {
  type PaymentChecks,
  paymentPositions,
  planPaymentRun,
  type RegistrationPayout,
} from '../../../domain/payouts/payment-run.js';
import { evolvePayout, initialPayoutState, type PayoutEvent } from '../../../domain/payouts/payout.js';

const NOW = '2026-11-01T00:00:00Z';
const MINIMUM = 20_000;
const ready: PaymentChecks = { paymentProfileComplete: true, confirmedFlags: 0 };

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
    minimumPayoutCents: MINIMUM,
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
        '1000001': { paymentProfileComplete: false, confirmedFlags: 0 },
        '1000002': { paymentProfileComplete: true, confirmedFlags: 1 },
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
      minimumPayoutCents: MINIMUM,
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
});
