import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { Email, Text } from './fields.js';
import { Instant } from './instant.js';
import { indexKeys, streamIds } from './streams.js';

/** The roles of the program's staff: each signs in as a person, with the roles the directory gives. */
export const STAFF_ROLES = ['program-admin', 'approver', 'finance'] as const;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.output<typeof StaffRole>;

const inStaffStream = {
  streamOf: (data: { email: string }) => streamIds.staffMember(data.email),
  indexOf: () => indexKeys.staff(),
};

/** A person joins the program's staff, with the roles a program admin (or the first-admin command) gave. */
export const StaffMemberAdded = defineEvent({
  type: 'StaffMemberAdded',
  occurredAtOf: (data) => data.addedAt,
  schemaVersion: 1,
  data: z.strictObject({
    email: Email,
    name: Text(200),
    roles: z.array(StaffRole).min(1).max(STAFF_ROLES.length),
    addedAt: Instant,
  }),
  ...inStaffStream,
});

/** Their name or roles change; no role at all means they have left the staff and cannot sign in. */
export const StaffMemberChanged = defineEvent({
  type: 'StaffMemberChanged',
  occurredAtOf: (data) => data.changedAt,
  schemaVersion: 1,
  data: z.strictObject({
    email: Email,
    name: Text(200),
    roles: z.array(StaffRole).max(STAFF_ROLES.length),
    changedAt: Instant,
  }),
  ...inStaffStream,
});

/** They signed in to the console through the identity service; the session is named, not its token. */
export const StaffSignedIn = defineEvent({
  type: 'StaffSignedIn',
  occurredAtOf: (data) => data.signedInAt,
  schemaVersion: 1,
  data: z.strictObject({ email: Email, sessionId: z.string().min(8).max(64), signedInAt: Instant }),
  streamOf: (data) => streamIds.staffMember(data.email),
});

/** They signed out: every session of theirs opened before now ends. */
export const StaffSignedOut = defineEvent({
  type: 'StaffSignedOut',
  occurredAtOf: (data) => data.signedOutAt,
  schemaVersion: 1,
  data: z.strictObject({ email: Email, signedOutAt: Instant }),
  streamOf: (data) => streamIds.staffMember(data.email),
});
