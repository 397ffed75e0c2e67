import { describe, expect, it } from 'vitest';
import {
  generateApprovalToken,
  hashApprovalToken,
  registrationIdOfToken,
} from '../../../functions/security/approval-tokens.js';

describe('Approval link tokens', () => {
  const registrationId = 'm365-upsell--1234567';
  const { token, tokenHash } = generateApprovalToken(registrationId);

  it('name their registration and carry 256 random bits', () => {
    expect(registrationIdOfToken(token)).toBe(registrationId);
    expect(token.split('.')[1]).toHaveLength(43);
    expect(generateApprovalToken(registrationId).token).not.toBe(token);
  });

  it('are stored only as their SHA-256', () => {
    expect(tokenHash).toBe(hashApprovalToken(token));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    '',
    'nope',
    `${token}x`,
    `${token.split('.')[0]}.short`,
    `${Buffer.from('../etc').toString('base64url')}.${'a'.repeat(43)}`,
  ])('resolve nothing for %j', (bad) => expect(registrationIdOfToken(bad)).toBeUndefined());
});
