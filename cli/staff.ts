import { parseArgs } from 'node:util';
import { Email } from '../events/fields.js';
import { CognitoStaffAccounts, createCognitoClient } from '../functions/adapters/cognito-staff-accounts.js';
import { setStaffMember } from '../functions/application/staff/staff-directory.js';
import { STAFF_ROLES, type StaffRole } from '../functions/ports/staff-accounts.js';
import { programDeps } from '../functions/runtime/program.js';
import { STAFF_IDENTITY_ENV } from '../functions/runtime/staff-identity.js';
import { localCredentials, localPorts, localRegion } from '../infra/local/local-config.js';
import { openStoreTarget } from './store-target.js';

/**
 * npm run staff -- add --email <address> --name "<name>" --role program-admin [--role finance ...]:
 * adds a person to the staff directory (or sets their roles) and their account at the identity
 * service, which emails them an invitation. It is how the first program admin is made; the others
 * are added in the console. In the cloud, EVENTS_TABLE and STAFF_USER_POOL_ID (the stack's outputs)
 * name where; locally, it works beside a running npm start.
 */
const usage =
  'Usage: npm run staff -- add --email <address> --name "<name>" --role <program-admin|approver|finance> [--role ...]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', multiple: true },
  },
});
const email = Email.safeParse(values.email);
const roles = values.role ?? [];
const unknownRole = roles.find((role) => !(STAFF_ROLES as readonly string[]).includes(role));
if (positionals[0] !== 'add' || !email.success || !values.name?.trim() || roles.length === 0 || unknownRole) {
  console.error(unknownRole ? `Unknown role '${unknownRole}'. ${usage}` : usage);
  process.exit(2);
}

const cloud = Boolean(process.env.EVENTS_TABLE);
const userPoolId = process.env[STAFF_IDENTITY_ENV.userPoolId] ?? (cloud ? undefined : 'local_staff');
if (!userPoolId) {
  console.error(`Set ${STAFF_IDENTITY_ENV.userPoolId} to the stack's StaffUserPoolId output.`);
  process.exit(2);
}
const cognito = cloud
  ? createCognitoClient()
  : createCognitoClient({
      endpoint: `http://127.0.0.1:${localPorts.signIn}`,
      region: localRegion,
      credentials: localCredentials,
    });
const { description, store, close } = await openStoreTarget({ exclusive: false });
try {
  const result = await setStaffMember(
    { ...programDeps(), store, staffAccounts: new CognitoStaffAccounts(cognito, userPoolId) },
    { email: email.data, name: values.name.trim(), roles: roles as StaffRole[] },
    {
      correlationId: 'npm-run-staff',
      causationId: 'npm-run-staff',
      actor: { role: 'system', id: 'npm run staff' },
    },
  );
  if (!result.ok) {
    console.error(result.refusal.message);
    process.exitCode = 1;
  } else {
    console.log(
      `${result.member.name} <${result.member.email}> is staff with the roles ${result.member.roles.join(', ')} in ${description}${result.changed ? '' : ' (unchanged)'}.`,
    );
  }
} finally {
  await close();
}
