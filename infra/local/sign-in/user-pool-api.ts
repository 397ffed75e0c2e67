import type { LocalAccount, LocalUserPool } from './user-pool.js';

/**
 * The few actions of Cognito's user-pool API that the staff directory's adapter calls
 * (functions/adapters/cognito-staff-accounts.ts), in Cognito's JSON protocol: the same adapter
 * code runs against this locally and against Cognito in the cloud.
 */
type Answer = { status: number; body: unknown };

const failure = (type: string, message: string): Answer => ({ status: 400, body: { __type: type, message } });
const userNotFound = () => failure('UserNotFoundException', 'User does not exist.');

const attributesOf = (account: LocalAccount) => [
  { Name: 'sub', Value: account.sub },
  { Name: 'email', Value: account.email },
  { Name: 'email_verified', Value: 'true' },
  { Name: 'name', Value: account.name },
];

const userOf = (account: LocalAccount) => ({
  Username: account.email,
  Attributes: attributesOf(account),
  Enabled: account.enabled,
  UserStatus: 'CONFIRMED',
});

type Input = {
  Username?: string;
  GroupName?: string;
  UserAttributes?: { Name: string; Value?: string }[];
};

const attribute = (input: Input, name: string) => input.UserAttributes?.find((a) => a.Name === name)?.Value;

export const GROUPS = ['program-admin', 'approver', 'finance'];

export function userPoolAction(pool: LocalUserPool, action: string, input: Input): Answer {
  const username = input.Username ?? '';
  const known = pool.get(username);
  const group = input.GroupName ?? '';
  if (group && !GROUPS.includes(group)) return failure('ResourceNotFoundException', 'Group not found.');
  switch (action) {
    case 'AdminCreateUser': {
      if (known) return failure('UsernameExistsException', 'User account already exists.');
      const account = pool.create(
        attribute(input, 'email') ?? username,
        attribute(input, 'name') ?? username,
      );
      return { status: 200, body: { User: userOf(account) } };
    }
    case 'AdminGetUser':
      return known
        ? {
            status: 200,
            body: {
              Username: known.email,
              UserAttributes: attributesOf(known),
              Enabled: known.enabled,
              UserStatus: 'CONFIRMED',
            },
          }
        : userNotFound();
    case 'AdminUpdateUserAttributes': {
      const name = attribute(input, 'name');
      const changed = pool.change(username, (account) => {
        if (name) account.name = name;
      });
      return changed ? { status: 200, body: {} } : userNotFound();
    }
    case 'AdminListGroupsForUser':
      return known
        ? { status: 200, body: { Groups: known.groups.map((GroupName) => ({ GroupName })) } }
        : userNotFound();
    case 'AdminAddUserToGroup':
    case 'AdminRemoveUserFromGroup': {
      const changed = pool.change(username, (account) => {
        account.groups = account.groups.filter((g) => g !== group);
        if (action === 'AdminAddUserToGroup') account.groups.push(group);
      });
      return changed ? { status: 200, body: {} } : userNotFound();
    }
    case 'AdminEnableUser':
    case 'AdminDisableUser': {
      const changed = pool.change(username, (account) => {
        account.enabled = action === 'AdminEnableUser';
      });
      return changed ? { status: 200, body: {} } : userNotFound();
    }
    default:
      return failure('InvalidParameterException', `The local user pool does not do ${action}.`);
  }
}
