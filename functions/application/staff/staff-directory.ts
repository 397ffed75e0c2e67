import { type Result, refused } from '../../../domain/refusal.js';
import {
  type StaffMemberState,
  type StaffRefusalCode,
  staffDecider,
} from '../../../domain/staff/staff-member.js';
import type { EventMetadata } from '../../../events/envelope.js';
import type { StaffRole } from '../../../events/staff.js';
import { streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import type { StaffAccounts } from '../../ports/staff-accounts.js';
import type { AppDeps } from '../deps.js';
import { execute } from '../execute.js';
import { readSlice } from '../read-slice.js';

/** A person of the staff as recorded now (read from their stream: a revoked role holds at once). */
export const loadStaffMember = async (store: EventReader, email: string): Promise<StaffMemberState> =>
  (await readSlice(store, staffDecider, streamIds.staffMember(email))).state;

export type StaffMemberInput = { email: string; name: string; roles: readonly StaffRole[] };

/**
 * Adds a person to the staff or changes their name or roles, then brings their account at the
 * identity service in step. The account follows the directory: when the directory changed and
 * the service did not answer, saying the same again changes nothing more and completes it.
 */
export async function setStaffMember(
  deps: AppDeps & { staffAccounts: StaffAccounts },
  input: StaffMemberInput,
  metadata: EventMetadata,
  by?: string,
): Promise<Result<{ member: StaffMemberState & { status: 'member' }; changed: boolean }, StaffRefusalCode>> {
  const email = input.email.toLowerCase();
  const command = {
    type: 'SetStaffMember',
    data: { email, name: input.name, roles: input.roles, ...(by ? { by } : {}) },
    metadata: { now: deps.clock.now() },
  } as const;
  const executed = await execute(deps.store, staffDecider, streamIds.staffMember(email), command, {
    metadata,
  });
  if (!executed.ok) return refused(executed.refusal);
  const member = executed.after;
  if (member.status !== 'member') throw new Error(`Staff member ${email} was accepted but is not recorded`);
  await deps.staffAccounts.ensure({ email, name: member.name, roles: member.roles });
  return { ok: true, member, changed: executed.events.length > 0 };
}

/**
 * The staff the program starts with, from the allow-lists it had before the directory (approvers
 * and finance) and its first program admins. A person already in the directory keeps the roles a
 * program admin gave since; only who is missing is added.
 */
export async function seedStaff(
  deps: AppDeps & { staffAccounts: StaffAccounts },
  lists: Readonly<Record<StaffRole, readonly string[]>>,
  metadata: EventMetadata,
): Promise<string[]> {
  const byEmail = new Map<string, StaffRole[]>();
  for (const [role, emails] of Object.entries(lists) as [StaffRole, readonly string[]][])
    for (const email of emails)
      byEmail.set(email.toLowerCase(), [...(byEmail.get(email.toLowerCase()) ?? []), role]);
  const added: string[] = [];
  for (const [email, roles] of byEmail) {
    const known = await loadStaffMember(deps.store, email);
    if (known.status === 'member') continue;
    await setStaffMember(deps, { email, name: email, roles }, metadata);
    added.push(email);
  }
  return added;
}
