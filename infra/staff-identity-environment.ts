/**
 * The variables through which the staff console's Lambda learns where its people sign in (the
 * OpenID provider: a Cognito user pool in the cloud, a small provider of our own locally).
 */
export const STAFF_IDENTITY_ENV = {
  /** The OpenID issuer: the `iss` of the ID tokens, and where `/.well-known/openid-configuration` hangs. */
  issuer: 'STAFF_ISSUER',
  /** The base URL of the sign-in pages: `/oauth2/authorize`, `/oauth2/token` and `/logout` hang from it. */
  signInUrl: 'STAFF_SIGN_IN_URL',
  /** The console's OAuth client: public (no secret), authorization code with PKCE. */
  clientId: 'STAFF_CLIENT_ID',
  /** The user pool whose accounts and groups the staff directory keeps in step. */
  userPoolId: 'STAFF_USER_POOL_ID',
} as const;
