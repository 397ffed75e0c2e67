import { type Result, refused } from '../../../domain/refusal.js';
import { notStaff, type StaffMember, staffDecider } from '../../../domain/staff/staff-member.js';
import type { Actor, EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import type { SignedInPerson } from '../../ports/staff-sign-in.js';
import { newSessionId } from '../../security/session-tokens.js';
import type { StaffSessionClaims } from '../../security/staff-session-tokens.js';
import type { AppDeps } from '../deps.js';
import { execute } from '../execute.js';
import { loadStaffMember } from './staff-directory.js';

/** A working day: a console left open overnight asks for the identity service again. */
export const STAFF_SESSION_MS = 8 * 3600_000;

/** How the events a staff member causes name them: the person, in the role they acted in. */
export const staffActor = (
  member: Pick<StaffMember, 'email' | 'name' | 'roles'>,
  role = member.roles[0],
): Actor => ({
  role: role ?? 'approver',
  id: member.email,
  name: member.name,
});

/**
 * Opens a console session for the person the identity service vouched for, if the directory has
 * them with a role: the session is recorded by its id (never its token).
 */
export async function signInStaff(
  deps: AppDeps,
  person: SignedInPerson,
  request: Omit<EventMetadata, 'actor'>,
): Promise<Result<{ session: StaffSessionClaims; member: StaffMember }, 'not-staff'>> {
  const known = await loadStaffMember(deps.store, person.email);
  if (known.status !== 'member' || known.roles.length === 0) return refused(notStaff());
  const now = deps.clock.now();
  const sessionId = newSessionId();
  const executed = await execute(
    deps.store,
    staffDecider,
    streamIds.staffMember(person.email),
    { type: 'SignInStaff', data: { email: person.email, sessionId }, metadata: { now } },
    { metadata: { ...request, actor: staffActor(known) } },
  );
  if (!executed.ok) return refused(notStaff());
  return {
    ok: true,
    member: known,
    session: {
      email: known.email,
      sessionId,
      openedAt: now,
      expiresAt: new Date(Date.parse(now) + STAFF_SESSION_MS).toISOString(),
    },
  };
}

/** Ends every console session of the person opened until now. */
export async function signOutStaff(deps: AppDeps, email: string, metadata: EventMetadata): Promise<void> {
  await execute(
    deps.store,
    staffDecider,
    streamIds.staffMember(email),
    { type: 'SignOutStaff', data: { email }, metadata: { now: deps.clock.now() } },
    { metadata },
  );
}
