import { describe, expect, it } from 'vitest';
import { fold } from '../../../domain/decider.js';
import { DAY_MS } from '../../../domain/durations.js';
import { planRegistration, type RegistrationFacts } from '../../../domain/journeys/plan-registration.js';
import {
  evolveRegistration,
  initialRegistrationState,
  type Registration,
  type RegistrationEvent,
} from '../../../domain/registrations/registration.js';
import { addMs } from '../../../events/instant.js';
import { MPN, SHA_V1 } from '../../support/fixtures.js';

const T0 = '2026-07-02T12:00:00Z';
const PERIOD_END = '2026-10-01T04:00:00Z';
const keys = { registrationId: `m365-upsell--${MPN}`, campaignId: 'm365-upsell', mpnId: MPN };
const limits = (now: string) => ({
  now,
  maxWaitMs: 20 * DAY_MS,
  reminderAfterMs: 3 * DAY_MS,
  approvalLinkTtlMs: 7 * DAY_MS,
});

const submitted: RegistrationEvent = {
  type: 'RegistrationSubmitted',
  data: {
    ...keys,
    agreementNumber: 'INV-1',
    signature: {
      signerName: 'Dana',
      signerEmail: 'dana@northwind.example',
      termsSha256: SHA_V1,
      signedAt: T0,
    },
    submittedAt: T0,
  },
};
const requested = (at: string, reminder = false): RegistrationEvent => ({
  type: 'ApprovalRequested',
  data: {
    ...keys,
    approvals: [{ approverEmail: 'a@program.example', tokenHash: 'f'.repeat(64) }],
    requestedAt: at,
    expiresAt: addMs(at, 7 * DAY_MS),
    reminder,
  },
});
const approved: RegistrationEvent = {
  type: 'RegistrationApproved',
  data: { ...keys, approverEmail: 'a@program.example', decidedAt: T0 },
};
const rejected: RegistrationEvent = {
  type: 'RegistrationRejected',
  data: { ...keys, approverEmail: 'a@program.example', reason: 'Unknown agreement', decidedAt: T0 },
};

const facts = (events: RegistrationEvent[], more: Partial<RegistrationFacts> = {}): RegistrationFacts => ({
  registration: fold(evolveRegistration, initialRegistrationState(), events) as Registration,
  periodEnd: PERIOD_END,
  notified: { links: true, decision: false, expiry: false, statements: false },
  ...more,
});
const notified = (n: Partial<RegistrationFacts['notified']>) => ({
  notified: { links: true, decision: false, expiry: false, statements: false, ...n },
});

describe('Planning a registration journey', () => {
  describe('When it waits for approval', () => {
    it('asks the approvers, and waits until the reminder is due', () => {
      expect(planRegistration(facts([submitted]), limits(T0))).toEqual({
        next: 'await-decision',
        send: 'request',
        waitSeconds: 3 * 86_400,
      });
    });

    it('asks again with fresh links when the last ones were recorded but not all emailed', () => {
      const unsent = facts([submitted, requested(T0)], notified({ links: false }));
      expect(planRegistration(unsent, limits(addMs(T0, DAY_MS)))).toEqual({
        next: 'await-decision',
        send: 'request',
        waitSeconds: 3 * 86_400,
      });
    });

    it('waits on quietly until the reminder is due', () => {
      const plan = planRegistration(facts([submitted, requested(T0)]), limits(addMs(T0, DAY_MS)));
      expect(plan).toEqual({ next: 'await-decision', send: 'nothing', waitSeconds: 2 * 86_400 });
    });

    it('reminds after the reminder delay with fresh links, then waits while they live', () => {
      const due = addMs(T0, 3 * DAY_MS);
      expect(planRegistration(facts([submitted, requested(T0)]), limits(due))).toEqual({
        next: 'await-decision',
        send: 'reminder',
        waitSeconds: 7 * 86_400,
      });
      const reminded = facts([submitted, requested(T0), requested(due, true)]);
      expect(planRegistration(reminded, limits(addMs(due, DAY_MS)))).toEqual({
        next: 'await-decision',
        send: 'nothing',
        waitSeconds: 6 * 86_400,
      });
    });

    it('sends fresh links when the first ones expire before a reminder would be due', () => {
      const lateReminder = { ...limits(addMs(T0, 7 * DAY_MS)), reminderAfterMs: 10 * DAY_MS };
      expect(planRegistration(facts([submitted, requested(T0)]), lateReminder)).toMatchObject({
        send: 'reminder',
      });
    });

    it('sends fresh links each time the last ones expired undecided, so approvers always hold one', () => {
      const due = addMs(T0, 3 * DAY_MS);
      const reminded = facts([submitted, requested(T0), requested(due, true)]);
      expect(planRegistration(reminded, limits(addMs(due, 7 * DAY_MS)))).toEqual({
        next: 'await-decision',
        send: 'reminder',
        waitSeconds: 7 * 86_400,
      });
    });

    it('waits no longer than the campaign lasts', () => {
      const plan = planRegistration(facts([submitted]), limits(addMs(PERIOD_END, -3_600_000)));
      expect(plan).toEqual({ next: 'await-decision', send: 'request', waitSeconds: 3600 });
    });

    it('expires it when the campaign ended undecided', () => {
      expect(planRegistration(facts([submitted, requested(T0)]), limits(PERIOD_END))).toEqual({
        next: 'expire-registration',
      });
    });
  });

  describe('When it was decided', () => {
    it('tells the partner a rejection once, then ends', () => {
      expect(planRegistration(facts([submitted, rejected]), limits(T0))).toEqual({
        next: 'notify',
        notification: 'registration-decision',
      });
      expect(
        planRegistration(facts([submitted, rejected], notified({ decision: true })), limits(T0)),
      ).toEqual({
        next: 'done',
        outcome: 'rejected',
      });
    });

    it('tells the partner an approval, then waits for the campaign end in laps of at most 20 days', () => {
      expect(planRegistration(facts([submitted, approved]), limits(T0))).toMatchObject({
        notification: 'registration-decision',
      });
      const plan = planRegistration(facts([submitted, approved], notified({ decision: true })), limits(T0));
      expect(plan).toEqual({ next: 'wait-for-campaign-end', wakeAt: addMs(T0, 20 * DAY_MS) });
      const lastLap = planRegistration(
        facts([submitted, approved], notified({ decision: true })),
        limits(addMs(PERIOD_END, -DAY_MS)),
      );
      expect(lastLap).toEqual({ next: 'wait-for-campaign-end', wakeAt: PERIOD_END });
    });

    it('computes the payout after the campaign end, sends the statements, and is done', () => {
      const after = limits(addMs(PERIOD_END, 1000));
      const decided = notified({ decision: true });
      expect(planRegistration(facts([submitted, approved], decided), after)).toEqual({
        next: 'compute-payout',
      });
      const computed = { ...decided, payoutComputedAsOf: addMs(PERIOD_END, 500) };
      expect(planRegistration(facts([submitted, approved], computed), after)).toEqual({
        next: 'send-statements',
      });
      const sent = {
        ...notified({ decision: true, statements: true }),
        payoutComputedAsOf: addMs(PERIOD_END, 500),
      };
      expect(planRegistration(facts([submitted, approved], sent), after)).toEqual({
        next: 'done',
        outcome: 'paid-out',
      });
    });

    it('computes again when the last statement predates the campaign end', () => {
      const early = { ...notified({ decision: true }), payoutComputedAsOf: addMs(PERIOD_END, -DAY_MS) };
      expect(planRegistration(facts([submitted, approved], early), limits(addMs(PERIOD_END, 1000)))).toEqual({
        next: 'compute-payout',
      });
    });
  });

  it('tells the partner an expiry once, then ends', () => {
    const expired: RegistrationEvent = {
      type: 'RegistrationExpired',
      data: { ...keys, reason: 'undecided-at-campaign-end', expiredAt: PERIOD_END },
    };
    expect(planRegistration(facts([submitted, expired]), limits(PERIOD_END))).toEqual({
      next: 'notify',
      notification: 'registration-expired',
    });
    expect(
      planRegistration(facts([submitted, expired], notified({ expiry: true })), limits(PERIOD_END)),
    ).toEqual({
      next: 'done',
      outcome: 'expired',
    });
  });
});
