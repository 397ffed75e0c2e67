import { type EventOfType, isOneOf } from '../../events/catalog.js';
import { instantMs } from '../../events/instant.js';
import type { StaffRole } from '../../events/staff.js';
import { accept, type Decider, type Decision, refuse } from '../decider.js';
import { ruleViolation, unauthorized } from '../refusal.js';

export const staffEventTypes = [
  'StaffMemberAdded',
  'StaffMemberChanged',
  'StaffSignedIn',
  'StaffSignedOut',
] as const;

export type StaffEvent = EventOfType<(typeof staffEventTypes)[number]>;

/** A person of the staff as the directory knows them; no roles once they have left. */
export type StaffMember = {
  email: string;
  name: string;
  roles: readonly StaffRole[];
  /** Sessions opened before this instant are over. */
  signedOutAt?: string;
};

export type StaffMemberState = { status: 'none' } | ({ status: 'member' } & StaffMember);

export function evolveStaffMember(state: StaffMemberState, event: StaffEvent): StaffMemberState {
  switch (event.type) {
    case 'StaffMemberAdded':
    case 'StaffMemberChanged': {
      const { email, name, roles } = event.data;
      return { ...state, status: 'member', email, name, roles };
    }
    case 'StaffSignedIn':
      return state;
    case 'StaffSignedOut':
      return state.status === 'member' ? { ...state, signedOutAt: event.data.signedOutAt } : state;
  }
}

/** The roles written in one order, so that the same roles given twice are the same. */
const inOrder = (roles: readonly StaffRole[]): StaffRole[] =>
  (['program-admin', 'approver', 'finance'] as const).filter((role) => roles.includes(role));

/** Who the staff are and what they may do is set by a program admin, or by the first-admin command. */
export type SetStaffMember = {
  type: 'SetStaffMember';
  data: { email: string; name: string; roles: readonly StaffRole[]; by?: string };
  metadata: { now: string };
};

export type SignInStaff = {
  type: 'SignInStaff';
  data: { email: string; sessionId: string };
  metadata: { now: string };
};

export type SignOutStaff = { type: 'SignOutStaff'; data: { email: string }; metadata: { now: string } };

export type StaffCommand = SetStaffMember | SignInStaff | SignOutStaff;

export type StaffRefusalCode = 'not-staff' | 'own-admin-role' | 'no-roles';

/**
 * A program admin cannot take away their own admin role: a program with no admin left cannot be
 * given one again except by the first-admin command.
 */
function setStaffMember(
  { data, metadata }: SetStaffMember,
  state: StaffMemberState,
): Decision<StaffEvent, StaffRefusalCode> {
  const email = data.email.toLowerCase();
  const roles = inOrder(data.roles);
  if (state.status === 'none') {
    if (roles.length === 0)
      return refuse(ruleViolation('no-roles', 'Give a new member of the staff at least one role.'));
    return accept({
      type: 'StaffMemberAdded',
      data: { email, name: data.name, roles, addedAt: metadata.now },
    });
  }
  const selfDemotion =
    data.by?.toLowerCase() === email &&
    state.roles.includes('program-admin') &&
    !roles.includes('program-admin');
  if (selfDemotion)
    return refuse(
      ruleViolation('own-admin-role', 'You cannot take away your own program admin role; ask another admin.'),
    );
  const same = state.name === data.name && inOrder(state.roles).join() === roles.join();
  if (same) return accept();
  return accept({
    type: 'StaffMemberChanged',
    data: { email, name: data.name, roles, changedAt: metadata.now },
  });
}

export const notStaff = () =>
  unauthorized('not-staff', 'This account has no role in the program: ask a program admin to add you.');

export const staffDecider: Decider<StaffCommand, StaffMemberState, StaffEvent, StaffRefusalCode> = {
  isOwnEvent: isOneOf(staffEventTypes),
  decide: (command, state) => {
    switch (command.type) {
      case 'SetStaffMember':
        return setStaffMember(command, state);
      case 'SignInStaff':
        if (state.status !== 'member' || state.roles.length === 0) return refuse(notStaff());
        return accept({
          type: 'StaffSignedIn',
          data: { email: state.email, sessionId: command.data.sessionId, signedInAt: command.metadata.now },
        });
      case 'SignOutStaff':
        if (state.status !== 'member') return accept();
        return accept({
          type: 'StaffSignedOut',
          data: { email: state.email, signedOutAt: command.metadata.now },
        });
    }
  },
  evolve: evolveStaffMember,
  initialState: () => ({ status: 'none' }),
};

/** A session opened at `openedAt` still stands: the person is staff and has not signed out since. */
export const staffSessionStands = (
  state: StaffMemberState,
  openedAt: string,
): state is { status: 'member' } & StaffMember =>
  state.status === 'member' &&
  state.roles.length > 0 &&
  (state.signedOutAt === undefined || instantMs(openedAt) > instantMs(state.signedOutAt));
