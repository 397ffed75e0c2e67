import { addMs, instantMs } from '../../events/instant.js';
import { HOUR_MS } from '../decider.js';
import {
  type DomainError,
  expired,
  notFound,
  ruleViolation,
  tooManyAttempts,
  unauthorized,
} from '../errors.js';
import type { PartnerEvent, PartnerState } from './partner.js';
import type { OnboardingPolicy } from './policy.js';

type CommandMetadata = { now: string; policy: OnboardingPolicy };

export type SignUpPartner = {
  type: 'SignUpPartner';
  data: { mpnId: string; companyName: string; contactEmail: string; country: string };
  metadata: CommandMetadata;
};

/** The code itself is generated and hashed at the edge; the domain sees only its hash. */
export type IssueAccessCode = {
  type: 'IssueAccessCode';
  data: { mpnId: string; codeId: string; codeHash: string };
  metadata: CommandMetadata;
};

/** `codeMatches` checks the presented code against a stored hash (the hashing is done at the edge). */
export type RedeemAccessCode = {
  type: 'RedeemAccessCode';
  data: { mpnId: string; codeMatches: (codeHash: string) => boolean };
  metadata: CommandMetadata;
};

export type PartnerCommand = SignUpPartner | IssueAccessCode | RedeemAccessCode;

const INVALID_CODE_MESSAGE = 'The MPN ID or access code is not valid.';

/**
 * Only partners of the program's country may sign up. Signing up again is not an error: it
 * changes nothing here, and the caller issues a new code to the contact already on file (a
 * stranger re-using someone's MPN ID must not redirect their codes).
 */
export function signUpPartner(command: SignUpPartner, state: PartnerState): PartnerEvent[] {
  const { data, metadata } = command;
  if (data.country !== metadata.policy.programCountry) {
    throw ruleViolation(
      'country-not-eligible',
      `Only partners in ${metadata.policy.programCountry} can join this program.`,
      { country: data.country, programCountry: metadata.policy.programCountry },
    );
  }
  if (state.status !== 'unknown') return [];
  return [{ type: 'PartnerSignedUp', data: { ...data, signedUpAt: metadata.now } }];
}

/** At most `maxCodesPerHour` codes per MPN ID in any hour; a new code replaces the old one. */
export function issueAccessCode(command: IssueAccessCode, state: PartnerState): PartnerEvent[] {
  const { data, metadata } = command;
  if (state.status === 'unknown')
    throw notFound('partner-not-found', `No partner ${data.mpnId} has signed up.`);
  const waitSeconds = secondsUntilNextCode(state.codesIssuedAt, metadata);
  if (waitSeconds > 0) {
    throw tooManyAttempts(
      'too-many-access-codes',
      `At most ${metadata.policy.maxCodesPerHour} access codes can be requested per hour.`,
      waitSeconds,
    );
  }
  return [
    {
      type: 'AccessCodeIssued',
      data: {
        mpnId: data.mpnId,
        codeId: data.codeId,
        codeHash: data.codeHash,
        issuedAt: metadata.now,
        expiresAt: addMs(metadata.now, metadata.policy.accessCodeTtlMs),
      },
    },
  ];
}

/**
 * A wrong code counts against the current code, and the last allowed wrong try locks it. A right
 * code that has expired is recorded as such. A right, live code activates the partner the first
 * time and opens a session. Failures are events (they must be recorded), so they are returned,
 * not thrown; `redemptionOutcome` tells the caller what they mean.
 */
export function redeemAccessCode(command: RedeemAccessCode, state: PartnerState): PartnerEvent[] {
  const { data, metadata } = command;
  if (state.status === 'unknown' || !state.currentCode)
    throw unauthorized('access-code-invalid', INVALID_CODE_MESSAGE);
  const code = state.currentCode;
  if (code.locked) throw lockedError(state.codesIssuedAt, metadata);
  const { mpnId } = data;
  const now = metadata.now;
  if (!data.codeMatches(code.codeHash)) {
    const failedAttempts = code.failedAttempts + 1;
    const failed: PartnerEvent = {
      type: 'AccessCodeRedemptionFailed',
      data: { mpnId, codeId: code.codeId, reason: 'wrong-code', failedAttempts, failedAt: now },
    };
    if (failedAttempts < metadata.policy.maxFailedAttempts) return [failed];
    return [failed, { type: 'AccessCodeLocked', data: { mpnId, codeId: code.codeId, lockedAt: now } }];
  }
  if (instantMs(now) >= instantMs(code.expiresAt)) {
    return [
      {
        type: 'AccessCodeRedemptionFailed',
        data: {
          mpnId,
          codeId: code.codeId,
          reason: 'expired',
          failedAttempts: code.failedAttempts,
          failedAt: now,
        },
      },
    ];
  }
  const session: PartnerEvent = {
    type: 'PartnerSessionOpened',
    data: { mpnId, codeId: code.codeId, openedAt: now, expiresAt: addMs(now, metadata.policy.sessionTtlMs) },
  };
  if (state.status === 'active') return [session];
  return [{ type: 'PartnerActivated', data: { mpnId, codeId: code.codeId, activatedAt: now } }, session];
}

export type RedemptionOutcome =
  | { ok: true; sessionExpiresAt: string; activated: boolean }
  | { ok: false; error: DomainError };

/** What the events of one redemption mean for the partner who tried. */
export function redemptionOutcome(
  events: PartnerEvent[],
  state: PartnerState,
  metadata: CommandMetadata,
): RedemptionOutcome {
  const session = events.find((e) => e.type === 'PartnerSessionOpened');
  if (session) {
    return {
      ok: true,
      sessionExpiresAt: session.data.expiresAt,
      activated: events.some((e) => e.type === 'PartnerActivated'),
    };
  }
  if (events.some((e) => e.type === 'AccessCodeLocked')) {
    return { ok: false, error: lockedError(state.status === 'unknown' ? [] : state.codesIssuedAt, metadata) };
  }
  const failure = events.find((e) => e.type === 'AccessCodeRedemptionFailed');
  if (failure?.data.reason === 'expired') {
    return {
      ok: false,
      error: expired(
        'access-code-expired',
        'This access code has expired. Sign up again to receive a new code.',
      ),
    };
  }
  return { ok: false, error: unauthorized('access-code-invalid', INVALID_CODE_MESSAGE) };
}

export function decidePartner(command: PartnerCommand, state: PartnerState): PartnerEvent[] {
  switch (command.type) {
    case 'SignUpPartner':
      return signUpPartner(command, state);
    case 'IssueAccessCode':
      return issueAccessCode(command, state);
    case 'RedeemAccessCode':
      return redeemAccessCode(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown partner command ${JSON.stringify(unknown)}`);
    }
  }
}

const codesInLastHour = (codesIssuedAt: string[], now: string) =>
  codesIssuedAt.filter((issuedAt) => instantMs(now) - instantMs(issuedAt) < HOUR_MS);

/** Seconds until another code may be issued: 0 when one may be issued now. */
export function secondsUntilNextCode(codesIssuedAt: string[], { now, policy }: CommandMetadata): number {
  const recent = codesInLastHour(codesIssuedAt, now);
  if (recent.length < policy.maxCodesPerHour) return 0;
  const oldestThatCounts = recent[recent.length - policy.maxCodesPerHour] as string;
  return Math.max(1, Math.ceil((instantMs(oldestThatCounts) + HOUR_MS - instantMs(now)) / 1000));
}

// A locked code never works again; the partner requests a new one by signing up again, which
// may itself have to wait for the hourly limit.
function lockedError(codesIssuedAt: string[], metadata: CommandMetadata): DomainError {
  return tooManyAttempts(
    'access-code-locked',
    `This access code is locked after ${metadata.policy.maxFailedAttempts} wrong tries. Sign up again to receive a new code.`,
    Math.max(1, secondsUntilNextCode(codesIssuedAt, metadata)),
  );
}
