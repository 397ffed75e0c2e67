import * as z from 'zod';
import { Email } from '../../events/fields.js';
import { Instant, instantMs } from '../../events/instant.js';
import { signClaims, verifiedClaims } from './signed-claims.js';

/** A staff member's console session: signed claims (./signed-claims.ts) of who and until when. */
const Claims = z.strictObject({
  v: z.literal(1),
  staff: Email,
  sid: z.string().min(8).max(64),
  iat: Instant,
  exp: Instant,
});

export type StaffSessionClaims = { email: string; sessionId: string; openedAt: string; expiresAt: string };

export const signStaffSessionToken = (key: string, s: StaffSessionClaims) =>
  signClaims(key, { v: 1, staff: s.email, sid: s.sessionId, iat: s.openedAt, exp: s.expiresAt });

/** The session a token opens, or undefined for one that is forged, malformed or expired. */
export function verifyStaffSessionToken(
  key: string,
  token: string,
  now: string,
): StaffSessionClaims | undefined {
  const claims = verifiedClaims(key, token, Claims);
  if (!claims || instantMs(now) >= instantMs(claims.exp)) return undefined;
  return { email: claims.staff, sessionId: claims.sid, openedAt: claims.iat, expiresAt: claims.exp };
}

/**
 * Where a sign-in stands while the browser is at the identity service: its state, PKCE verifier
 * and nonce, and the page to come back to. It lives in a signed cookie for a few minutes; the
 * verifier and nonce never leave this browser and the console.
 */
const Pending = z.strictObject({
  v: z.literal(1),
  state: z.string().min(20).max(100),
  verifier: z.string().min(43).max(128),
  nonce: z.string().min(20).max(100),
  next: z.string().max(2000),
  exp: Instant,
});

export type PendingStaffSignIn = Omit<z.output<typeof Pending>, 'v'>;

export const signPendingSignIn = (key: string, pending: PendingStaffSignIn) =>
  signClaims(key, { v: 1, ...pending });

export function verifyPendingSignIn(key: string, token: string, now: string): PendingStaffSignIn | undefined {
  const claims = verifiedClaims(key, token, Pending);
  if (!claims || instantMs(now) >= instantMs(claims.exp)) return undefined;
  const { v: _, ...pending } = claims;
  return pending;
}
