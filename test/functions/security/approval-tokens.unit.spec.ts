import { describe, expect, it } from 'vitest';
import {
  generateApprovalTokens,
  hashApprovalToken,
  selectorOfToken,
} from '../../../functions/security/approval-tokens.js';

describe('Approval link tokens', () => {
  const { selector, tokens } = generateApprovalTokens(2);
  const [first, second] = tokens as [
    { token: string; tokenHash: string },
    { token: string; tokenHash: string },
  ];

  it('name nothing: a random selector shared by one request, and 256 random bits of each approver', () => {
    expect(selectorOfToken(first.token)).toBe(selector);
    expect(selectorOfToken(second.token)).toBe(selector);
    expect(first.token.split('.')[1]).toHaveLength(43);
    expect(second.token).not.toBe(first.token);
    expect(generateApprovalTokens(1).selector).not.toBe(selector);
    expect(Buffer.from(selector, 'base64url')).toHaveLength(16);
  });

  it('are stored only as their SHA-256', () => {
    expect(first.tokenHash).toBe(hashApprovalToken(first.token));
    expect(first.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    '',
    'nope',
    `${first.token}x`,
    `${selector}.short`,
    `${Buffer.from('m365-upsell--1234567').toString('base64url')}.${'a'.repeat(43)}`,
  ])('have no selector when malformed: %j', (bad) => expect(selectorOfToken(bad)).toBeUndefined());
});
