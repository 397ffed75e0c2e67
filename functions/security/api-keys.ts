import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Bearer keys for finance, the sales system and program admins on the local system (IAM signs
 * those calls in the cloud). Compared through their digests in constant time, so neither the
 * content nor the length of a key leaks through timing.
 */
export function apiKeyMatches(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return expected.length > 0 && timingSafeEqual(digest(presented), digest(expected));
}

export const bearerTokenOf = (authorization: string | undefined): string | undefined =>
  /^Bearer ([\x21-\x7e]{1,2000})$/.exec(authorization ?? '')?.[1];
