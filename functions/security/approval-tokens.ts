import { randomBytes } from 'node:crypto';
import { sha256Hex } from './sha256.js';

/**
 * Approval link tokens follow the split-token pattern, both halves random: a selector (128 bits)
 * shared by the links of one request, which finds the registration they were recorded on, and a
 * verifier (256 bits) of each approver's own. The token names nothing; only its SHA-256 is stored,
 * and the token itself exists only in the approver's email.
 */
export function generateApprovalTokens(count: number): {
  selector: string;
  tokens: { token: string; tokenHash: string }[];
} {
  const selector = randomBytes(16).toString('base64url');
  const tokens = Array.from({ length: count }, () => {
    const token = `${selector}.${randomBytes(32).toString('base64url')}`;
    return { token, tokenHash: hashApprovalToken(token) };
  });
  return { selector, tokens };
}

export const hashApprovalToken = (token: string) => sha256Hex(token);

/** The selector of a well-formed token, or undefined for anything else. */
export function selectorOfToken(token: string): string | undefined {
  return /^([A-Za-z0-9_-]{22})\.[A-Za-z0-9_-]{43}$/.exec(token)?.[1];
}
