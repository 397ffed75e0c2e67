import { randomBytes } from 'node:crypto';
import { RegistrationId } from '../../events/streams.js';
import { sha256Hex } from './sha256.js';

/**
 * Approval link tokens follow the split-token pattern: a selector naming the registration, so the
 * link can be resolved without a lookup table, and a 256-bit verifier. Only the SHA-256 of the
 * whole token is stored; the token itself exists only in the approver's email.
 */
export function generateApprovalToken(registrationId: string): { token: string; tokenHash: string } {
  const selector = Buffer.from(registrationId, 'utf8').toString('base64url');
  const token = `${selector}.${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApprovalToken(token) };
}

export const hashApprovalToken = (token: string) => sha256Hex(token);

/** The registration a token names, or undefined for anything that is not a well-formed token. */
export function registrationIdOfToken(token: string): string | undefined {
  const match = /^([A-Za-z0-9_-]{1,200})\.[A-Za-z0-9_-]{43}$/.exec(token);
  if (!match?.[1]) return undefined;
  const registrationId = Buffer.from(match[1], 'base64url').toString('utf8');
  return RegistrationId.safeParse(registrationId).success ? registrationId : undefined;
}
