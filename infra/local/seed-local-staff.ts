import { seedStaff } from '../../functions/application/staff/staff-directory.js';
import { storeProvider } from '../../functions/runtime/dynamodb.js';
import { programDeps } from '../../functions/runtime/program.js';
import { staffAccountsProvider } from '../../functions/runtime/staff-identity.js';
import type { localContacts } from './local-config.js';

const emails = (list: string) =>
  list
    .split(',')
    .map((email) => email.trim())
    .filter(Boolean);

/**
 * The staff `npm start` begins with: the program admins, approvers and finance of the local
 * contacts, each able to sign in to the console at once. A person already there keeps the roles a
 * program admin gave since.
 */
export async function seedLocalStaff(contacts: typeof localContacts): Promise<void> {
  await seedStaff(
    { ...programDeps(), ...storeProvider(), ...staffAccountsProvider() },
    {
      'program-admin': emails(contacts.programAdmins),
      approver: emails(contacts.approvers),
      finance: emails(contacts.finance),
    },
    { correlationId: 'npm-start', causationId: 'npm-start', actor: { role: 'system', id: 'npm start' } },
  );
}
