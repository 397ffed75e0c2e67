import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  TooManyRequestsException,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { CognitoStaffAccounts } from '../../../functions/adapters/cognito-staff-accounts.js';

const client = new CognitoIdentityProviderClient({ region: 'ca-central-1' });
const cognito = mockClient(client);
const POOL = 'ca-central-1_Staff';
const accounts = new CognitoStaffAccounts(client, POOL);
const DANA = { UserPoolId: POOL, Username: 'dana@program.example' };

const notFound = () => new UserNotFoundException({ message: 'User does not exist.', $metadata: {} });

/** The pool holds Dana's account as given, in these groups. */
function givenDana(account: { enabled: boolean; name?: string; groups: string[] }) {
  cognito.on(AdminGetUserCommand).resolves({
    Username: 'a1b2c3',
    Enabled: account.enabled,
    UserAttributes: [
      { Name: 'email', Value: 'dana@program.example' },
      ...(account.name ? [{ Name: 'name', Value: account.name }] : []),
    ],
  });
  cognito
    .on(AdminListGroupsForUserCommand)
    .resolves({ Groups: account.groups.map((GroupName) => ({ GroupName })) });
}

/** The calls that change the pool, in the order they were made, as `Command group?`. */
const changes = () =>
  cognito
    .calls()
    .map((call) => call.args[0] as { constructor: { name: string }; input: { GroupName?: string } })
    .map((command) =>
      [command.constructor.name.replace(/Command$/, ''), command.input.GroupName].filter(Boolean).join(' '),
    )
    .filter((change) => !/^Admin(Get|ListGroupsFor)User/.test(change));

beforeEach(() => cognito.reset());

describe('The staff accounts in Cognito', () => {
  describe('For a person without an account', () => {
    it('creates it with the verified email and the name, has Cognito email the invitation, and puts it in the groups of the roles', async () => {
      cognito.on(AdminGetUserCommand).rejects(notFound());
      cognito.on(AdminListGroupsForUserCommand).resolves({ Groups: [] });

      await accounts.ensure({
        email: 'dana@program.example',
        name: 'Dana Smith',
        roles: ['approver', 'finance'],
      });

      expect(cognito.commandCalls(AdminCreateUserCommand)[0]?.args[0].input).toEqual({
        ...DANA,
        UserAttributes: [
          { Name: 'email', Value: 'dana@program.example' },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'name', Value: 'Dana Smith' },
        ],
        DesiredDeliveryMediums: ['EMAIL'],
      });
      expect(changes()).toEqual([
        'AdminCreateUser',
        'AdminAddUserToGroup approver',
        'AdminAddUserToGroup finance',
      ]);
      expect(cognito.commandCalls(AdminAddUserToGroupCommand)[0]?.args[0].input).toEqual({
        ...DANA,
        GroupName: 'approver',
      });
    });

    it('creates nothing, and sends no invitation, when the person has no role', async () => {
      cognito.on(AdminGetUserCommand).rejects(notFound());

      await accounts.ensure({ email: 'dana@program.example', name: 'Dana Smith', roles: [] });

      expect(changes()).toEqual([]);
    });

    it('takes an account created meanwhile by another call as existing, and brings its name up to date', async () => {
      cognito
        .on(AdminGetUserCommand)
        .rejectsOnce(notFound())
        .resolves({ Enabled: true, UserAttributes: [{ Name: 'name', Value: 'D. Smith' }] });
      cognito
        .on(AdminCreateUserCommand)
        .rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
      cognito.on(AdminListGroupsForUserCommand).resolves({ Groups: [{ GroupName: 'finance' }] });

      await accounts.ensure({ email: 'dana@program.example', name: 'Dana Smith', roles: ['finance'] });

      expect(changes()).toEqual(['AdminCreateUser', 'AdminUpdateUserAttributes']);
      expect(cognito.commandCalls(AdminUpdateUserAttributesCommand)[0]?.args[0].input).toEqual({
        ...DANA,
        UserAttributes: [{ Name: 'name', Value: 'Dana Smith' }],
      });
    });
  });

  describe('For a person with an account', () => {
    it('moves it to the groups of its new roles, taking the old one away first', async () => {
      givenDana({ enabled: true, name: 'Dana Smith', groups: ['approver'] });

      await accounts.ensure({ email: 'dana@program.example', name: 'Dana Smith', roles: ['finance'] });

      expect(changes()).toEqual(['AdminRemoveUserFromGroup approver', 'AdminAddUserToGroup finance']);
      expect(cognito.commandCalls(AdminRemoveUserFromGroupCommand)[0]?.args[0].input).toEqual({
        ...DANA,
        GroupName: 'approver',
      });
    });

    it('changes its name when the directory has a new one, and only then', async () => {
      givenDana({ enabled: true, name: 'Dana Smyth', groups: ['approver'] });

      await accounts.ensure({ email: 'dana@program.example', name: 'Dana Smith', roles: ['approver'] });

      expect(changes()).toEqual(['AdminUpdateUserAttributes']);
    });

    it('disables it and takes every group away when its roles are emptied', async () => {
      givenDana({ enabled: true, name: 'Dana Smith', groups: ['approver', 'finance'] });

      await accounts.ensure({ email: 'dana@program.example', name: 'Dana Smith', roles: [] });

      expect(changes()).toEqual([
        'AdminDisableUser',
        'AdminRemoveUserFromGroup approver',
        'AdminRemoveUserFromGroup finance',
      ]);
      expect(cognito.commandCalls(AdminDisableUserCommand)[0]?.args[0].input).toEqual(DANA);
    });

    it('enables a disabled account given a role again, once its groups are right', async () => {
      givenDana({ enabled: false, name: 'Dana Smith', groups: [] });

      await accounts.ensure({ email: 'dana@program.example', name: 'Dana Smith', roles: ['program-admin'] });

      expect(changes()).toEqual(['AdminAddUserToGroup program-admin', 'AdminEnableUser']);
      expect(cognito.commandCalls(AdminEnableUserCommand)[0]?.args[0].input).toEqual(DANA);
    });

    it('reads every page of its groups', async () => {
      givenDana({ enabled: true, name: 'Dana Smith', groups: [] });
      cognito
        .on(AdminListGroupsForUserCommand)
        .resolvesOnce({ Groups: [{ GroupName: 'approver' }], NextToken: 'page-2' })
        .resolves({ Groups: [{ GroupName: 'finance' }] });

      await accounts.ensure({
        email: 'dana@program.example',
        name: 'Dana Smith',
        roles: ['approver', 'finance'],
      });

      expect(changes()).toEqual([]);
      expect(cognito.commandCalls(AdminListGroupsForUserCommand)[1]?.args[0].input).toMatchObject({
        ...DANA,
        NextToken: 'page-2',
      });
    });
  });

  describe('Repeated', () => {
    it('changes nothing when the account is already as the directory says', async () => {
      givenDana({ enabled: true, name: 'Dana Smith', groups: ['approver', 'finance'] });

      await accounts.ensure({
        email: 'dana@program.example',
        name: 'Dana Smith',
        roles: ['finance', 'approver'],
      });

      expect(changes()).toEqual([]);
    });

    it('changes nothing for a disabled account without groups and without roles', async () => {
      givenDana({ enabled: false, name: 'Dana Smith', groups: [] });

      await accounts.ensure({ email: 'dana@program.example', name: 'Dana Smith', roles: [] });

      expect(changes()).toEqual([]);
    });

    it('after a call that failed part way, does what was left and nothing twice', async () => {
      cognito.on(AdminGetUserCommand).rejects(notFound());
      cognito.on(AdminListGroupsForUserCommand).resolves({ Groups: [] });
      cognito
        .on(AdminAddUserToGroupCommand, { GroupName: 'finance' })
        .rejects(new TooManyRequestsException({ message: 'slow down', $metadata: {} }));
      const dana = {
        email: 'dana@program.example',
        name: 'Dana Smith',
        roles: ['approver', 'finance'],
      } as const;
      await expect(accounts.ensure(dana)).rejects.toThrow('slow down');

      cognito.reset();
      givenDana({ enabled: true, name: 'Dana Smith', groups: ['approver'] });
      await accounts.ensure(dana);

      expect(changes()).toEqual(['AdminAddUserToGroup finance']);
    });
  });
});
