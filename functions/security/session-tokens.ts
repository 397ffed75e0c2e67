import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { MpnId } from '../../events/fields.js';
import { Instant, instantMs } from '../../events/instant.js';
import { signClaims, verifiedClaims } from './signed-claims.js';

/** Partner session tokens: signed claims (./signed-claims.ts) of the partner and when the session ends. */
const Claims = z.strictObject({
  v: z.literal(1),
  sub: MpnId,
  exp: Instant,
  sid: z.string().min(8).max(64),
  // When the session opened (tokens signed before it was said began, for revocation, at the epoch).
  iat: Instant.optional(),
});

/** A partner's session: `sessionId` names it (in its events), so that logging out can end it. */
export type Session = { mpnId: string; openedAt: string; expiresAt: string; sessionId: string };

/** A new session's id: random, and no secret (the token's signature is what proves a session). */
export const newSessionId = () => randomBytes(12).toString('base64url');

export function signSessionToken(key: string, session: Session): string {
  return signClaims(key, {
    v: 1,
    sub: session.mpnId,
    exp: session.expiresAt,
    sid: session.sessionId,
    iat: session.openedAt,
  });
}

/** The session a token opens, or undefined for a token that is forged, malformed or expired. */
export function verifySessionToken(key: string, token: string, now: string): Session | undefined {
  const claims = verifiedClaims(key, token, Claims);
  if (!claims || instantMs(now) >= instantMs(claims.exp)) return undefined;
  return {
    mpnId: claims.sub,
    openedAt: claims.iat ?? '1970-01-01T00:00:00Z',
    expiresAt: claims.exp,
    sessionId: claims.sid,
  };
}
