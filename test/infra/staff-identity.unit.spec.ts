import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../functions/ports/staff-accounts.js';
import { STAFF_IDENTITY_ENV } from '../../functions/runtime/staff-identity.js';
import { CashbackStack } from '../../infra/cashback-stack.js';
import { StaffIdentity } from '../../infra/staff-identity.js';
import { stageSettings } from '../../infra/stage-settings.js';

const CONSOLE = 'https://console.program.example';

/** The construct alone, in a stack of its own, with a grantee for the directory's adapter. */
function identity(props: Partial<ConstructorParameters<typeof StaffIdentity>[2]> = {}) {
  const stack = new Stack(new App(), 'Identity', {
    env: { account: '123456789012', region: 'ca-central-1' },
  });
  const staff = new StaffIdentity(stack, 'Staff', { consoleBaseUrl: CONSOLE, retainData: false, ...props });
  const directory = new Role(stack, 'Directory', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  staff.grantManageAccounts(directory);
  return { stack, staff, template: Template.fromStack(stack) };
}

const { stack, staff, template } = identity();
const resolve = (value: string) => stack.resolve(value);

describe('The staff user pool', () => {
  it('lets nobody sign up: the staff directory creates every account', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
  });

  it('signs people in by their email, whatever its case, and recovers accounts by email only', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AutoVerifiedAttributes: ['email'],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
  });

  it('requires MFA of every account, with an authenticator app only (no SMS, no email codes)', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
    const [pool] = Object.values(template.findResources('AWS::Cognito::UserPool'));
    expect(pool?.Properties.SmsConfiguration).toBeUndefined();
    // No role for Cognito to send text messages with.
    expect(JSON.stringify(template.findResources('AWS::IAM::Role'))).not.toContain(
      'cognito-idp.amazonaws.com',
    );
  });

  it('asks for long passwords of every character class, not reused', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          PasswordHistorySize: 5,
        }),
      },
    });
  });

  it('blocks sign-ins with leaked passwords and high-risk sign-ins (threat protection, Plus plan)', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolRiskConfigurationAttachment', {
      ClientId: 'ALL',
      CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: 'BLOCK' } },
      AccountTakeoverRiskConfiguration: {
        Actions: Match.objectLike({ HighAction: { EventAction: 'BLOCK', Notify: false } }),
      },
    });
  });

  it('has one group per staff role, named as the role', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g) => g.Properties.GroupName,
    );
    expect(groups.sort()).toEqual([...STAFF_ROLES].sort());
  });

  it('is kept and protected from deletion in production only', () => {
    const prod = identity({ retainData: true }).template;
    prod.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
    });
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }),
    });
  });
});

describe("The console's client", () => {
  it('is public (no secret) and uses the authorization code grant only, which Cognito pairs with PKCE', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      SupportedIdentityProviders: ['COGNITO'],
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
  });

  it('asks for openid, email and profile, never the scope that lets a token change its own account', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
    });
  });

  it('comes back to the console once signed in, and to its front page once signed out', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [`${CONSOLE}/console/signed-in`],
      LogoutURLs: [`${CONSOLE}/console`],
    });
  });

  it('says nothing of whether an account exists, and its ID tokens last an hour', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      PreventUserExistenceErrors: 'ENABLED',
      IdTokenValidity: 60,
      TokenValidityUnits: Match.objectLike({ IdToken: 'minutes' }),
      EnableTokenRevocation: true,
    });
  });

  it("is shown managed login's pages, in Cognito's own style", () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
      ClientId: { Ref: Match.stringLikeRegexp('Console') },
      UseCognitoProvidedValues: true,
    });
  });
});

describe('The sign-in domain', () => {
  it("is the prefix and the account's id by default, unique in the region", () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'cashback-staff-123456789012' });
    identity({ domainPrefix: 'northwind-staff' }).template.hasResourceProperties(
      'AWS::Cognito::UserPoolDomain',
      {
        Domain: 'northwind-staff-123456789012',
      },
    );
  });

  it('is the one the deployment names in context, checked at synth', () => {
    const settings = (context: Record<string, string>) => stageSettings(new App({ context }));
    expect(settings({ staffSignInDomain: 'northwind-staff' }).staffSignInDomain).toBe('northwind-staff');
    expect(settings({}).staffSignInDomain).toBeUndefined();
    for (const refused of ['Northwind', 'my-cognito-staff', '-staff', 'staff.example'])
      expect(() => settings({ staffSignInDomain: refused }), refused).toThrow('-c staffSignInDomain');
    identity({ signInDomain: 'northwind-staff' }).template.hasResourceProperties(
      'AWS::Cognito::UserPoolDomain',
      {
        Domain: 'northwind-staff',
      },
    );
  });
});

describe("The console Lambda's environment", () => {
  it('names the issuer, the sign-in pages, the client and the pool', () => {
    const env = staff.environment();
    expect(Object.keys(env).sort()).toEqual(
      ['STAFF_CLIENT_ID', 'STAFF_ISSUER', 'STAFF_SIGN_IN_URL', 'STAFF_USER_POOL_ID'].sort(),
    );
    expect(resolve(env[STAFF_IDENTITY_ENV.issuer] ?? '')).toEqual({
      'Fn::Join': [
        '',
        [
          'https://cognito-idp.ca-central-1.',
          { Ref: 'AWS::URLSuffix' },
          '/',
          { Ref: expect.stringMatching(/^StaffUserPool/) },
        ],
      ],
    });
    expect(resolve(env[STAFF_IDENTITY_ENV.signInUrl] ?? '')).toEqual({
      'Fn::Join': [
        '',
        [
          'https://',
          { Ref: expect.stringMatching(/^StaffUserPoolSignIn/) },
          '.auth.ca-central-1.amazoncognito.com',
        ],
      ],
    });
    expect(resolve(env[STAFF_IDENTITY_ENV.clientId] ?? '')).toEqual({
      Ref: expect.stringMatching(/Console/),
    });
    expect(resolve(env[STAFF_IDENTITY_ENV.userPoolId] ?? '')).toEqual({
      Ref: expect.stringMatching(/^StaffUserPool/),
    });
  });
});

describe("The staff directory's grant", () => {
  it('allows exactly the account and group actions the directory uses, on this pool only', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'cognito-idp:AdminCreateUser',
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminAddUserToGroup',
          'cognito-idp:AdminRemoveUserFromGroup',
          'cognito-idp:AdminListGroupsForUser',
          'cognito-idp:AdminDisableUser',
          'cognito-idp:AdminEnableUser',
          'cognito-idp:AdminUpdateUserAttributes',
        ],
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^StaffUserPool/), 'Arn'] },
      },
    ]);
  });
});

describe('In the program stack', () => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const program = Template.fromStack(new CashbackStack(app, 'PartnerCashback', { stage: 'dev' }));

  it("sends people back to the console on the API's own address", () => {
    const apiEndpoint = { 'Fn::GetAtt': [expect.stringMatching(/^HttpApi/), 'ApiEndpoint'] };
    const [client] = Object.values(program.findResources('AWS::Cognito::UserPoolClient'));
    expect(client?.Properties.CallbackURLs).toEqual([
      { 'Fn::Join': ['', [apiEndpoint, '/console/signed-in']] },
    ]);
    expect(client?.Properties.LogoutURLs).toEqual([{ 'Fn::Join': ['', [apiEndpoint, '/console']] }]);
  });

  it('outputs the sign-in pages and the user pool, each with a description', () => {
    program.hasOutput('StaffSignInUrl', { Description: Match.stringLikeRegexp('sign-in') });
    program.hasOutput('StaffUserPoolId', {
      Value: { Ref: Match.stringLikeRegexp('^StaffIdentityUserPool') },
      Description: Match.anyValue(),
    });
  });
});
