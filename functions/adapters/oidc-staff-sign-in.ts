import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { PendingSignIn, SignedInPerson, StaffSignIn } from '../ports/staff-sign-in.js';

/** Where the identity service is: the same settings for Cognito and for the local stand-in. */
export type SignInService = {
  /** The ID tokens' issuer; its keys are at `<issuer>/.well-known/jwks.json`. */
  issuer: string;
  /** The base of /oauth2/authorize, /oauth2/token and /logout (a Cognito domain). */
  signInUrl: string;
  clientId: string;
};

const random = () => randomBytes(32).toString('base64url');
const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * OpenID Connect's authorization code flow with PKCE, for a public client: the state ties the
 * return to the browser that left, the verifier ties the code to this console, and the nonce
 * ties the ID token to this sign-in. The token is checked against the issuer's published keys.
 */
export class OidcStaffSignIn implements StaffSignIn {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly service: SignInService,
    private readonly fetchFn: typeof fetch = fetch,
  ) {
    this.keys = createRemoteJWKSet(new URL(`${service.issuer}/.well-known/jwks.json`));
  }

  start(redirectUri: string): { location: string; pending: PendingSignIn } {
    const pending = { state: random(), verifier: random(), nonce: random() };
    const location = new URL('/oauth2/authorize', this.service.signInUrl);
    location.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.service.clientId,
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: createHash('sha256').update(pending.verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return { location: location.toString(), pending };
  }

  async finish(
    redirectUri: string,
    pending: PendingSignIn,
    returned: { code: string; state: string },
  ): Promise<SignedInPerson | undefined> {
    if (!returned.code || !same(returned.state, pending.state)) return undefined;
    const response = await this.fetchFn(new URL('/oauth2/token', this.service.signInUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: this.service.clientId,
        code: returned.code,
        redirect_uri: redirectUri,
        code_verifier: pending.verifier,
      }),
    });
    // A code used twice, expired or forged is the browser's problem, not an outage of the service.
    if (response.status === 400) return undefined;
    if (!response.ok)
      throw new Error(`The identity service answered ${response.status} to the token request`);
    const { id_token: idToken } = (await response.json()) as { id_token?: string };
    if (!idToken) throw new Error('The identity service sent no ID token');
    const { payload } = await jwtVerify(idToken, this.keys, {
      issuer: this.service.issuer,
      audience: this.service.clientId,
      algorithms: ['RS256'],
    });
    if (payload.nonce !== pending.nonce || payload.token_use !== 'id') return undefined;
    if (payload.email_verified !== true || typeof payload.email !== 'string') return undefined;
    return {
      email: payload.email.toLowerCase(),
      ...(typeof payload.name === 'string' && payload.name ? { name: payload.name } : {}),
    };
  }

  signOutLocation(returnTo: string): string {
    const location = new URL('/logout', this.service.signInUrl);
    location.search = new URLSearchParams({
      client_id: this.service.clientId,
      logout_uri: returnTo,
    }).toString();
    return location.toString();
  }
}
