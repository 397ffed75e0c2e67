import { CognitoStaffAccounts, createCognitoClient } from '../adapters/cognito-staff-accounts.js';
import { OidcStaffSignIn } from '../adapters/oidc-staff-sign-in.js';
import { requiredEnv } from '../config.js';
import { lazy } from './lazy.js';

/**
 * The variables through which the staff console's Lambda learns where its people sign in: a
 * Cognito user pool in the cloud, its local stand-in on a laptop (the same protocols both).
 */
export const STAFF_IDENTITY_ENV = {
  /** The OpenID issuer: the `iss` of the ID tokens; its keys are at `<issuer>/.well-known/jwks.json`. */
  issuer: 'STAFF_ISSUER',
  /** The base URL of the sign-in pages: `/oauth2/authorize`, `/oauth2/token` and `/logout` hang from it. */
  signInUrl: 'STAFF_SIGN_IN_URL',
  /** The console's OAuth client: public (no secret), authorization code with PKCE. */
  clientId: 'STAFF_CLIENT_ID',
  /** The user pool whose accounts and groups the staff directory keeps in step. */
  userPoolId: 'STAFF_USER_POOL_ID',
} as const;

/** Where the identity service sends a person back to the console: after signing in, after signing out. */
export const STAFF_CONSOLE_RETURNS = { signedIn: '/console/signed-in', signedOut: '/console' } as const;

const signIn = lazy(
  () =>
    new OidcStaffSignIn({
      issuer: requiredEnv(STAFF_IDENTITY_ENV.issuer),
      signInUrl: requiredEnv(STAFF_IDENTITY_ENV.signInUrl),
      clientId: requiredEnv(STAFF_IDENTITY_ENV.clientId),
    }),
);

const accounts = lazy(
  () => new CognitoStaffAccounts(createCognitoClient(), requiredEnv(STAFF_IDENTITY_ENV.userPoolId)),
);

export const staffSignInProvider = () => ({
  staffSignIn: signIn(),
  publicBaseUrl: requiredEnv('PUBLIC_BASE_URL'),
});

export const staffAccountsProvider = () => ({ staffAccounts: accounts() });
