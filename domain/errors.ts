/**
 * What the rules refuse, as values with a machine-readable code. The kind says what sort of
 * refusal it is; only the HTTP edge turns kinds into statuses.
 */
export type DomainErrorKind =
  | 'not-found'
  | 'conflict'
  | 'expired'
  | 'rule-violation'
  | 'unauthorized'
  | 'too-many-attempts';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const notFound = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('not-found', code, message, details);

export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('conflict', code, message, details);

export const expired = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('expired', code, message, details);

export const ruleViolation = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('rule-violation', code, message, details);

export const unauthorized = (code: string, message: string) => new DomainError('unauthorized', code, message);

export const tooManyAttempts = (code: string, message: string, retryAfterSeconds: number) =>
  new DomainError('too-many-attempts', code, message, { retryAfterSeconds }, retryAfterSeconds);
