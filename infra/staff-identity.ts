import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  CfnUserPoolRiskConfigurationAttachment,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import type { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { STAFF_ROLES } from '../functions/ports/staff-accounts.js';
import { STAFF_CONSOLE_RETURNS, STAFF_IDENTITY_ENV } from '../functions/runtime/staff-identity.js';

/** What the staff directory's adapter may do to the accounts, and nothing else. */
const MANAGE_ACCOUNTS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUpdateUserAttributes',
];

export type StaffIdentityProps = {
  /** The console's origin (the API's URL in the cloud): callback and logout URLs hang from it. */
  consoleBaseUrl: string;
  /** Keep the pool, and protect it from deletion (production): the staff's accounts and their MFA. */
  retainData: boolean;
  /**
   * The whole prefix of the sign-in domain (`<prefix>.auth.<region>.amazoncognito.com`), from
   * `-c staffSignInDomain=...`. Prefixes are unique among all of a region's user pools.
   * @default `${domainPrefix}-<account id>`
   */
  signInDomain?: string;
  /**
   * The start of the default sign-in domain. The account id after it makes the domain unique in
   * the region without anyone choosing one; an account id is an identifier, not a secret, but
   * a deployment that prefers not to show it names its domain with `signInDomain`.
   * @default 'cashback-staff'
   */
  domainPrefix?: string;
};

/**
 * The staff's OpenID provider: a Cognito user pool whose managed login pages ask for the
 * password and the authenticator app's code, and the console's client of it. Nobody signs up:
 * the staff directory creates the accounts (`grantManageAccounts`), one group per staff role.
 */
export class StaffIdentity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** The ID tokens' `iss`: https://cognito-idp.<region>.amazonaws.com/<poolId>. */
  readonly issuer: string;
  /** The managed login's base URL: `/oauth2/authorize`, `/oauth2/token` and `/logout` hang from it. */
  readonly signInBaseUrl: string;
  readonly clientId: string;
  readonly userPoolId: string;

  constructor(scope: Construct, id: string, props: StaffIdentityProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // The address stays the one on record until a new one is verified.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // Every staff role decides on money or moves it (program admins publish the terms that
      // pay, approvers admit partners to them, finance pays): MFA is required of every account,
      // finance included. An authenticator app (TOTP) only: SMS codes can be redirected by
      // taking over a phone number, and email is the channel that resets the password.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true, email: false },
      enableSmsRole: false,
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        // How long an invitation's temporary password works.
        tempPasswordValidity: Duration.days(7),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Threat protection (Plus plan): sign-ins with leaked passwords are blocked, and so are
      // those Cognito rates high-risk. At USD 0.02 a month per person who signs in, a handful of
      // staff who move money cost cents; it also satisfies cdk-nag's AwsSolutions-COG8.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: props.retainData,
      removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    new CfnUserPoolRiskConfigurationAttachment(this, 'ThreatProtection', {
      userPoolId: this.userPool.userPoolId,
      clientId: 'ALL',
      compromisedCredentialsRiskConfiguration: { actions: { eventAction: 'BLOCK' } },
      // Every sign-in asks for the authenticator's code already; only a high risk changes that.
      accountTakeoverRiskConfiguration: {
        actions: {
          highAction: { eventAction: 'BLOCK', notify: false },
          mediumAction: { eventAction: 'MFA_REQUIRED', notify: false },
          lowAction: { eventAction: 'MFA_REQUIRED', notify: false },
        },
      },
    });

    for (const role of STAFF_ROLES) {
      new UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        groupName: role,
        description: `Staff with the ${role} role, as the staff directory decides.`,
      });
    }

    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: {
        domainPrefix:
          props.signInDomain ?? `${props.domainPrefix ?? 'cashback-staff'}-${Stack.of(this).account}`,
      },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });

    this.client = this.userPool.addClient('Console', {
      // A public client: the console keeps no client secret. Cognito checks PKCE whenever the
      // authorization request carries a code_challenge, but does not demand one: the console must
      // send one (S256) on every sign-in, so that an intercepted code is worth nothing without its verifier.
      generateSecret: false,
      // SRP is how managed login checks the password; no other API sign-in is open to the client.
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        // Not aws.cognito.signin.user.admin: a person's tokens cannot change their own account.
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${props.consoleBaseUrl}${STAFF_CONSOLE_RETURNS.signedIn}`],
        logoutUrls: [`${props.consoleBaseUrl}${STAFF_CONSOLE_RETURNS.signedOut}`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(8),
      // A first sign-in changes the temporary password and sets up the authenticator app.
      authSessionValidity: Duration.minutes(15),
      enableTokenRevocation: true,
    });
    // Managed login shows its pages to a client only once the client has a style.
    new CfnManagedLoginBranding(this, 'SignInStyle', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    this.userPoolId = this.userPool.userPoolId;
    this.clientId = this.client.userPoolClientId;
    this.issuer = `https://cognito-idp.${Stack.of(this).region}.${Stack.of(this).urlSuffix}/${this.userPoolId}`;
    this.signInBaseUrl = this.domain.baseUrl();
  }

  /** The console Lambda's environment: where its people sign in, and their pool. */
  environment(): Record<string, string> {
    return {
      [STAFF_IDENTITY_ENV.issuer]: this.issuer,
      [STAFF_IDENTITY_ENV.signInUrl]: this.signInBaseUrl,
      [STAFF_IDENTITY_ENV.clientId]: this.clientId,
      [STAFF_IDENTITY_ENV.userPoolId]: this.userPoolId,
    };
  }

  /** Lets the staff directory keep the accounts and their groups in step, in this pool only. */
  grantManageAccounts(grantable: IGrantable): Grant {
    return this.userPool.grant(grantable, ...MANAGE_ACCOUNTS);
  }
}
