import { staffDirectoryFold } from '../../../domain/staff/staff-directory.js';
import type { StaffMember } from '../../../domain/staff/staff-member.js';
import { indexKeys } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { foldIndex } from '../read-slice.js';

/**
 * Everyone the staff directory has known, by name then email, with their roles now (none for
 * those who left). Read from the store of record: a few people, and a change shows at once.
 */
export async function listStaff(store: EventReader): Promise<StaffMember[]> {
  const directory = await foldIndex(store, staffDirectoryFold, indexKeys.staff());
  return [...directory.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email),
  );
}
