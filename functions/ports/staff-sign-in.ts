/**
 * The identity service staff sign in with (Cognito in the cloud), by OpenID Connect: the browser
 * goes there, and comes back with a code that the console redeems for who the person is.
 */
export type PendingSignIn = { state: string; verifier: string; nonce: string };

/** Who the identity service vouches for: an address it verified. */
export type SignedInPerson = { email: string; name?: string };

export interface StaffSignIn {
  /** Where to send the browser, and what to keep (out of its reach) until it comes back. */
  start(redirectUri: string): { location: string; pending: PendingSignIn };
  /** The person behind the code, or undefined when the code, the state or the token do not hold. */
  finish(
    redirectUri: string,
    pending: PendingSignIn,
    returned: { code: string; state: string },
  ): Promise<SignedInPerson | undefined>;
  /** Where to send the browser to end its session with the identity service too. */
  signOutLocation(returnTo: string): string;
}
