import { parseArgs } from 'node:util';
import { Email } from '../events/fields.js';
import { CognitoStaffAccounts, createCognitoClient } from '../functions/adapters/cognito-staff-accounts.js';
import { seedStaff, setStaffMember } from '../functions/application/staff/staff-directory.js';
import { STAFF_ROLES, type StaffRole } from '../functions/ports/staff-accounts.js';
import { programDeps } from '../functions/runtime/program.js';
import { STAFF_IDENTITY_ENV } from '../functions/runtime/staff-identity.js';
import { localCredentials, localPorts, localRegion } from '../infra/local/local-config.js';
import { openStoreTarget } from './store-target.js';

/**
 * npm run staff -- add --email <address> --name "<name>" --role program-admin [--role finance ...]:
 * adds a person to the staff directory (or sets their roles) and their account at the identity
 * service, which emails them an invitation. It is how the first program admin is made; the others
 * are added in the console.
 * npm run staff -- seed: adds the approvers and finance of APPROVER_EMAILS and FINANCE_EMAILS (the
 * allow-lists the stack is deployed with) who are not staff yet.
 * In the cloud, EVENTS_TABLE and STAFF_USER_POOL_ID (the stack's outputs) name where; locally, it
 * works beside a running npm start (which seeds its own staff).
 */
const usage = [
  'Usage: npm run staff -- add --email <address> --name "<name>" --role <program-admin|approver|finance> [--role ...]',
  '       APPROVER_EMAILS=a@x,b@x FINANCE_EMAILS=c@x npm run staff -- seed',
].join('\n');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', multiple: true },
  },
});
const command = positionals[0];
const email = Email.safeParse(values.email);
const roles = values.role ?? [];
const unknownRole = roles.find((role) => !(STAFF_ROLES as readonly string[]).includes(role));
const addIsWhole = email.success && values.name?.trim() && roles.length > 0 && !unknownRole;
if (!(command === 'seed' || (command === 'add' && addIsWhole))) {
  console.error(unknownRole ? `Unknown role '${unknownRole}'.\n${usage}` : usage);
  process.exit(2);
}
const listed = (name: string) =>
  (process.env[name] ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);

const cloud = Boolean(process.env.EVENTS_TABLE);
// The local system runs on whatever Node the machine has; the SDK's notice about future versions is noise here.
if (!cloud) process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
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
const deps = { ...programDeps(), store, staffAccounts: new CognitoStaffAccounts(cognito, userPoolId) };
const metadata = {
  correlationId: 'npm-run-staff',
  causationId: 'npm-run-staff',
  actor: { role: 'system', id: 'npm run staff' },
} as const;
try {
  if (command === 'seed') {
    const added = await seedStaff(
      deps,
      { 'program-admin': [], approver: listed('APPROVER_EMAILS'), finance: listed('FINANCE_EMAILS') },
      metadata,
    );
    console.log(
      added.length === 0
        ? 'Everyone listed is staff already.'
        : `Added to the staff of ${description}: ${added.join(', ')}.`,
    );
  } else {
    const result = await setStaffMember(
      deps,
      { email: values.email ?? '', name: values.name?.trim() ?? '', roles: roles as StaffRole[] },
      metadata,
    );
    if (!result.ok) {
      console.error(result.refusal.message);
      process.exitCode = 1;
    } else {
      const { member, changed } = result;
      console.log(
        `${member.name} <${member.email}> is staff with the roles ${member.roles.join(', ')} in ${description}${changed ? '' : ' (unchanged)'}.`,
      );
    }
  }
} finally {
  await close();
}
