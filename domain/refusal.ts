/**
 * What the rules refuse, as a value with a machine-readable code. The kind says what sort of
 * refusal it is; only the HTTP edge turns kinds into statuses.
 */
export type RefusalKind =
  | 'not-found'
  | 'conflict'
  | 'expired'
  | 'rule-violation'
  | 'unauthorized'
  | 'too-many-attempts';

export type Refusal<Code extends string = string> = {
  readonly kind: RefusalKind;
  readonly code: Code;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** When trying again may work (too many attempts). */
  readonly retryAfterSeconds?: number;
};

const refusalOf =
  (kind: RefusalKind) =>
  <Code extends string>(
    code: Code,
    message: string,
    details: Record<string, unknown> = {},
  ): Refusal<Code> => ({
    kind,
    code,
    message,
    details,
  });

export const notFound = refusalOf('not-found');
export const conflict = refusalOf('conflict');
export const expired = refusalOf('expired');
export const ruleViolation = refusalOf('rule-violation');
export const unauthorized = refusalOf('unauthorized');

export const tooManyAttempts = <Code extends string>(
  code: Code,
  message: string,
  retryAfterSeconds: number,
): Refusal<Code> => ({
  kind: 'too-many-attempts',
  code,
  message,
  details: { retryAfterSeconds },
  retryAfterSeconds,
});

/** What a use case answers: its value, or the refusal of one of the rules it applied. */
export type Result<Value, Code extends string> =
  | ({ readonly ok: true } & Value)
  | { readonly ok: false; readonly refusal: Refusal<Code> };

export const refused = <Code extends string>(refusal: Refusal<Code>) => ({ ok: false as const, refusal });

/**
 * A refusal where the caller's own checks should have made one impossible (a journey step on a
 * registration it just read): that is a bug, and fails loudly.
 */
export class UnexpectedRefusalError extends Error {
  override readonly name = 'UnexpectedRefusalError';
  constructor(
    readonly what: string,
    readonly refusal: Refusal,
  ) {
    super(`${what} was refused (${refusal.code}): ${refusal.message}`);
  }
}
