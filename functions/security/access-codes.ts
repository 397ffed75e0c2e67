import { randomBytes, randomInt, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Access codes: 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits
 * of randomness, typed by a person from an email. Stored only as a salted scrypt hash, so a
 * leaked event table does not hand out logins.
 */
export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ACCESS_CODE_LENGTH = 10;

const SCRYPT = { N: 16_384, r: 8, p: 1, keyLength: 32 };

export type NewAccessCode = { codeId: string; code: string; codeHash: string };

export function randomAccessCode(): string {
  let code = '';
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++) {
    code += ACCESS_CODE_ALPHABET[randomInt(ACCESS_CODE_ALPHABET.length)];
  }
  return code;
}

export function generateAccessCode(): NewAccessCode {
  const code = randomAccessCode();
  return { codeId: randomUUID(), code, codeHash: hashAccessCode(code) };
}

/** People type codes with spaces, dashes and lower case; they are the same code. */
export const normaliseAccessCode = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase();

export function hashAccessCode(code: string, salt = randomBytes(16)): string {
  const { N, r, p, keyLength } = SCRYPT;
  const hash = scryptSync(normaliseAccessCode(code), salt, keyLength, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export function accessCodeMatches(typed: string, codeHash: string): boolean {
  const [scheme, N, r, p, salt, hash] = codeHash.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(normaliseAccessCode(typed), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

let noCodeHash: string | undefined;

/**
 * A try on an MPN ID that has no code takes as long as one that has: the same slow hash is
 * checked, so the answer's time tells nothing about which MPN IDs exist.
 */
export function checkedAgainstNoCode(typed: string): false {
  noCodeHash ??= hashAccessCode(randomAccessCode());
  accessCodeMatches(typed, noCodeHash);
  return false;
}
