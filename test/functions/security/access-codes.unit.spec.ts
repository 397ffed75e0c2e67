import { describe, expect, it } from 'vitest';
import {
  ACCESS_CODE_ALPHABET,
  ACCESS_CODE_LENGTH,
  accessCodeMatches,
  generateAccessCode,
  hashAccessCode,
  randomAccessCode,
} from '../../../functions/security/access-codes.js';

describe('Access codes', () => {
  const { code, codeHash } = generateAccessCode();

  it('are 10 characters without look-alike letters and digits', () => {
    expect(code).toHaveLength(ACCESS_CODE_LENGTH);
    expect([...code].every((c) => ACCESS_CODE_ALPHABET.includes(c))).toBe(true);
    expect(ACCESS_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('are different every time, and use the whole alphabet', () => {
    const codes = Array.from({ length: 2000 }, randomAccessCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join(''))).toEqual(new Set(ACCESS_CODE_ALPHABET));
  });

  it('are stored as a salted hash that does not contain the code', () => {
    expect(codeHash).toMatch(/^scrypt\$/);
    expect(codeHash).not.toContain(code);
    expect(hashAccessCode(code)).not.toBe(codeHash);
  });

  it('match as typed by a person: lower case, spaces and dashes', () => {
    expect(accessCodeMatches(code, codeHash)).toBe(true);
    const typed = `${code.slice(0, 5).toLowerCase()} - ${code.slice(5)}`;
    expect(accessCodeMatches(typed, codeHash)).toBe(true);
  });

  it('do not match another code or a damaged hash', () => {
    expect(accessCodeMatches(generateAccessCode().code, codeHash)).toBe(false);
    expect(accessCodeMatches(code, 'md5$whatever')).toBe(false);
  });
});
