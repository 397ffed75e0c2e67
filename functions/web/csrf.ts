import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Cross-site request forgery: every form carries a token that only a page of the program could have
 * written into it. The token is the HMAC of a random value kept in a cookie of its own (SameSite
 * Strict) and of the session, under the program's signing key: another site can neither read the
 * cookie nor compute the token, and a token from one session is worthless in another.
 */
export const newCsrfSecret = () => randomBytes(18).toString('base64url');

const CSRF_SECRET = /^[A-Za-z0-9_-]{24}$/;
export const isCsrfSecret = (value: string | undefined): value is string =>
  value !== undefined && CSRF_SECRET.test(value);

export const csrfToken = (key: string, secret: string, sessionId = '') =>
  createHmac('sha256', Buffer.from(key, 'base64url'))
    .update(`csrf:${secret}:${sessionId}`)
    .digest('base64url');

export function csrfTokenMatches(key: string, secret: string, sessionId: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(csrfToken(key, secret, sessionId));
  const presented = Buffer.from(given);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
