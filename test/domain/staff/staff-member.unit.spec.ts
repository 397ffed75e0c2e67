import { describe, expect, it } from 'vitest';
import { fold } from '../../../domain/decider.js';
import { type StaffEvent, staffDecider, staffSessionStands } from '../../../domain/staff/staff-member.js';
import type { StaffRole } from '../../../events/staff.js';
import { specFor } from '../../support/given.js';

const given = specFor(staffDecider);
const NOW = '2026-12-01T15:00:00Z';
const EARLIER = '2026-11-01T15:00:00Z';
const DANA = 'dana@program.example';
const ALEX = 'alex@program.example';

const set = (roles: StaffRole[], changes: { email?: string; name?: string; by?: string } = {}) =>
  ({
    type: 'SetStaffMember',
    data: { email: DANA, name: 'Dana Smith', roles, ...changes },
    metadata: { now: NOW },
  }) as const;
const added = (roles: StaffRole[], addedAt = EARLIER): StaffEvent => ({
  type: 'StaffMemberAdded',
  data: { email: DANA, name: 'Dana Smith', roles, addedAt },
});

describe('The staff directory', () => {
  it('adds a person with their roles, in one order whatever order they were given in', () =>
    given([])
      .when(set(['finance', 'approver'], { email: 'Dana@Program.example' }))
      .then([
        {
          type: 'StaffMemberAdded',
          data: { email: DANA, name: 'Dana Smith', roles: ['approver', 'finance'], addedAt: NOW },
        },
      ]));

  it('refuses to add a person with no role', () =>
    given([]).when(set([])).thenRefuses('rule-violation', 'no-roles'));

  it('records nothing when the same person is given the same name and roles again', () =>
    given([added(['approver', 'finance'])])
      .when(set(['finance', 'approver']))
      .thenNothingHappens());

  it('records a change of roles, and taking every role away ends their access', () =>
    given([added(['finance'])])
      .when(set([], { by: ALEX }))
      .then([
        { type: 'StaffMemberChanged', data: { email: DANA, name: 'Dana Smith', roles: [], changedAt: NOW } },
      ]));

  it('does not let a program admin take away their own admin role', () =>
    given([added(['program-admin'])])
      .when(set(['finance'], { by: 'DANA@program.example' }))
      .thenRefuses('rule-violation', 'own-admin-role'));

  it('lets another admin take it away', () =>
    given([added(['program-admin', 'finance'])])
      .when(set(['finance'], { by: ALEX }))
      .then([
        {
          type: 'StaffMemberChanged',
          data: { email: DANA, name: 'Dana Smith', roles: ['finance'], changedAt: NOW },
        },
      ]));

  it('signs in a member, naming the session', () =>
    given([added(['finance'])])
      .when({ type: 'SignInStaff', data: { email: DANA, sessionId: 'session-0001' }, metadata: { now: NOW } })
      .then([{ type: 'StaffSignedIn', data: { email: DANA, sessionId: 'session-0001', signedInAt: NOW } }]));

  it('refuses to sign in someone who is not staff, or no longer is', () => {
    const signIn = {
      type: 'SignInStaff',
      data: { email: DANA, sessionId: 'session-0001' },
      metadata: { now: NOW },
    } as const;
    given([]).when(signIn).thenRefuses('unauthorized', 'not-staff');
    given([
      added(['finance']),
      {
        type: 'StaffMemberChanged',
        data: { email: DANA, name: 'Dana Smith', roles: [], changedAt: EARLIER },
      },
    ])
      .when(signIn)
      .thenRefuses('unauthorized', 'not-staff');
  });
});

describe('A staff session', () => {
  const state = (events: StaffEvent[]) => fold(staffDecider.evolve, staffDecider.initialState(), events);

  it('stands while the person is staff and has not signed out since it opened', () => {
    expect(staffSessionStands(state([added(['finance'])]), NOW)).toBe(true);
  });

  it('ends when they sign out, and a session opened after that stands', () => {
    const signedOut = state([
      added(['finance']),
      { type: 'StaffSignedOut', data: { email: DANA, signedOutAt: '2026-12-01T12:00:00Z' } },
    ]);
    expect(staffSessionStands(signedOut, '2026-12-01T11:59:59Z')).toBe(false);
    expect(staffSessionStands(signedOut, '2026-12-01T12:00:01Z')).toBe(true);
  });

  it('ends when their last role is taken away', () => {
    const left = state([
      added(['finance']),
      {
        type: 'StaffMemberChanged',
        data: { email: DANA, name: 'Dana Smith', roles: [], changedAt: EARLIER },
      },
    ]);
    expect(staffSessionStands(left, NOW)).toBe(false);
  });
});
