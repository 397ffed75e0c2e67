import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { MpnId } from '../../events/fields.js';
import { Instant, instantMs } from '../../events/instant.js';

/**
 * Partner session tokens: a small JSON claim (the partner and when the session ends) and its
 * HMAC-SHA256 under the program's signing key. The key comes from configuration (Secrets
 * Manager in the cloud, generated locally); the tokens are never stored or logged.
 */
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

const MIN_KEY_BYTES = 32;

const keyBytes = (key: string) => {
  const bytes = Buffer.from(key, 'base64url');
  if (bytes.length < MIN_KEY_BYTES)
    throw new Error(`The session signing key must be at least ${MIN_KEY_BYTES} bytes`);
  return bytes;
};

const mac = (key: string, payload: string) => createHmac('sha256', keyBytes(key)).update(payload).digest();

export const generateSigningKey = () => randomBytes(MIN_KEY_BYTES).toString('base64url');

/** A new session's id: random, and no secret (the token's signature is what proves a session). */
export const newSessionId = () => randomBytes(12).toString('base64url');

export function signSessionToken(key: string, session: Session): string {
  const claims = {
    v: 1,
    sub: session.mpnId,
    exp: session.expiresAt,
    sid: session.sessionId,
    iat: session.openedAt,
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The session a token opens, or undefined for a token that is forged, malformed or expired. */
export function verifySessionToken(key: string, token: string, now: string): Session | undefined {
  const match = /^([A-Za-z0-9_-]{10,1000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const [, payload, signature] = match as unknown as [string, string, string];
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let claims: z.output<typeof Claims>;
  try {
    claims = Claims.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return undefined;
  }
  if (instantMs(now) >= instantMs(claims.exp)) return undefined;
  return {
    mpnId: claims.sub,
    openedAt: claims.iat ?? '1970-01-01T00:00:00Z',
    expiresAt: claims.exp,
    sessionId: claims.sid,
  };
}
