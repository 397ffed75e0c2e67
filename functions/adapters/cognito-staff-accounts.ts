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
  type CognitoIdentityProviderClientConfig,
} from '@aws-sdk/client-cognito-identity-provider';
import type { StaffAccounts, StaffRole } from '../ports/staff-accounts.js';

/** What the pool holds of a person that the directory decides. */
type Account = { enabled: boolean; name: string | undefined };

/**
 * The staff's accounts in a Cognito user pool whose usernames are email addresses, one group per
 * role. Each call reads what the pool holds and changes only what differs, so a retry after a
 * failure part way finishes the job and a repeat changes nothing.
 */
export class CognitoStaffAccounts implements StaffAccounts {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async ensure({ email, name, roles }: { email: string; name: string; roles: readonly StaffRole[] }) {
    const groups = new Set<string>(roles);
    const account = await this.find(email);
    if (groups.size === 0) {
      // A person with no role never had an account: nothing to shut, and no invitation to send.
      if (!account) return;
      // Shut first, then take the groups away: no sign-in happens in between with the old roles.
      if (account.enabled) await this.cognito.send(new AdminDisableUserCommand(this.user(email)));
      await this.putInGroups(email, groups);
      return;
    }
    const existing = account ?? (await this.create(email, name));
    if (existing.name !== name)
      await this.cognito.send(
        new AdminUpdateUserAttributesCommand({
          ...this.user(email),
          UserAttributes: [{ Name: 'name', Value: name }],
        }),
      );
    // The groups are right before the account opens again: a person let back in has only today's roles.
    await this.putInGroups(email, groups);
    if (!existing.enabled) await this.cognito.send(new AdminEnableUserCommand(this.user(email)));
  }

  private user(email: string) {
    return { UserPoolId: this.userPoolId, Username: email };
  }

  private async find(email: string): Promise<Account | undefined> {
    try {
      const user = await this.cognito.send(new AdminGetUserCommand(this.user(email)));
      return {
        enabled: user.Enabled ?? false,
        name: user.UserAttributes?.find((attribute) => attribute.Name === 'name')?.Value,
      };
    } catch (error) {
      if ((error as Error).name === 'UserNotFoundException') return undefined;
      throw error;
    }
  }

  /** Cognito emails the invitation, with a temporary password, to the verified address. */
  private async create(email: string, name: string): Promise<Account> {
    try {
      await this.cognito.send(
        new AdminCreateUserCommand({
          ...this.user(email),
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: name },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      );
      return { enabled: true, name };
    } catch (error) {
      // Created meanwhile by a concurrent call: carry on from what the pool holds now.
      if ((error as Error).name !== 'UsernameExistsException') throw error;
      const account = await this.find(email);
      if (!account) throw error;
      return account;
    }
  }

  /** Exactly these groups: the extra ones are taken away before the missing ones are given. */
  private async putInGroups(email: string, wanted: ReadonlySet<string>) {
    const held = await this.groupsOf(email);
    for (const group of held)
      if (!wanted.has(group))
        await this.cognito.send(
          new AdminRemoveUserFromGroupCommand({ ...this.user(email), GroupName: group }),
        );
    for (const group of wanted)
      if (!held.has(group))
        await this.cognito.send(new AdminAddUserToGroupCommand({ ...this.user(email), GroupName: group }));
  }

  private async groupsOf(email: string): Promise<Set<string>> {
    const groups = new Set<string>();
    let nextToken: string | undefined;
    do {
      const page = await this.cognito.send(
        new AdminListGroupsForUserCommand({ ...this.user(email), Limit: 60, NextToken: nextToken }),
      );
      for (const group of page.Groups ?? []) if (group.GroupName) groups.add(group.GroupName);
      nextToken = page.NextToken;
    } while (nextToken);
    return groups;
  }
}

export const createCognitoClient = (config: CognitoIdentityProviderClientConfig = {}) =>
  new CognitoIdentityProviderClient({ maxAttempts: 6, ...config });
