import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';

/**
 * Small signed tokens: a JSON claim and its HMAC-SHA256 under the program's signing key. The key
 * comes from configuration (Secrets Manager in the cloud, generated locally); tokens are never
 * stored or logged. Partner and staff sessions each have their own claims schema.
 */
const MIN_KEY_BYTES = 32;

const keyBytes = (key: string) => {
  const bytes = Buffer.from(key, 'base64url');
  if (bytes.length < MIN_KEY_BYTES)
    throw new Error(`The session signing key must be at least ${MIN_KEY_BYTES} bytes`);
  return bytes;
};

const mac = (key: string, payload: string) => createHmac('sha256', keyBytes(key)).update(payload).digest();

export const generateSigningKey = () => randomBytes(MIN_KEY_BYTES).toString('base64url');

export function signClaims(key: string, claims: object): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The claims a token carries, or undefined for a token that is forged or malformed. */
export function verifiedClaims<Schema extends z.ZodType>(
  key: string,
  token: string,
  schema: Schema,
): z.output<Schema> | undefined {
  const match = /^([A-Za-z0-9_-]{10,2000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const [, payload, signature] = match as unknown as [string, string, string];
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
