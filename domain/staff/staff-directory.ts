import type { Fold } from '../decider.js';
import { evolveStaffMember, type StaffEvent, type StaffMember, staffDecider } from './staff-member.js';

/** Everyone the directory has known, by email: those whose roles were all taken away have none. */
export type StaffDirectory = ReadonlyMap<string, StaffMember>;

/** The directory as the staff index folds it: each person's events folded as their own stream is. */
export const staffDirectoryFold: Fold<StaffDirectory, StaffEvent> = {
  isOwnEvent: staffDecider.isOwnEvent,
  evolve: (directory, event) => {
    const email = event.data.email.toLowerCase();
    const known = directory.get(email);
    const next = evolveStaffMember(known ? { status: 'member', ...known } : { status: 'none' }, event);
    if (next.status !== 'member') return directory;
    const { status: _, ...member } = next;
    return new Map(directory).set(email, member);
  },
  initialState: () => new Map(),
};
