import { isOneOf } from '../../events/catalog.js';
import { addMs, instantMs } from '../../events/instant.js';
import { accept, type Decider, type Decision, refuse } from '../decider.js';
import { HOUR_MS } from '../durations.js';
import { expired, notFound, type Refusal, ruleViolation, tooManyAttempts, unauthorized } from '../refusal.js';
import {
  evolvePartner,
  initialPartnerState,
  type PartnerEvent,
  type PartnerState,
  partnerEventTypes,
} from './partner.js';
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

export type PartnerRefusalCode =
  | 'country-not-eligible'
  | 'partner-not-found'
  | 'too-many-access-codes'
  | 'access-code-invalid'
  | 'access-code-locked'
  | 'access-code-expired';

type PartnerDecision = Decision<PartnerEvent, PartnerRefusalCode>;

const INVALID_CODE_MESSAGE = 'The MPN ID or access code is not valid.';

/**
 * Only partners of the program's country may sign up. Signing up again is not an error: it
 * changes nothing here, and the caller issues a new code to the contact already on file (a
 * stranger re-using someone's MPN ID must not redirect their codes).
 */
export function signUpPartner(command: SignUpPartner, state: PartnerState): PartnerDecision {
  const { data, metadata } = command;
  if (data.country !== metadata.policy.programCountry) {
    return refuse(
      ruleViolation(
        'country-not-eligible',
        `Only partners in ${metadata.policy.programCountry} can join this program.`,
        { country: data.country, programCountry: metadata.policy.programCountry },
      ),
    );
  }
  if (state.status !== 'unknown') return accept();
  return accept({ type: 'PartnerSignedUp', data: { ...data, signedUpAt: metadata.now } });
}

/** At most `maxCodesPerHour` codes per MPN ID in any hour; a new code replaces the old one. */
export function issueAccessCode(command: IssueAccessCode, state: PartnerState): PartnerDecision {
  const { data, metadata } = command;
  if (state.status === 'unknown')
    return refuse(notFound('partner-not-found', `No partner ${data.mpnId} has signed up.`));
  const waitSeconds = secondsUntilNextCode(state.codesIssuedAt, metadata);
  if (waitSeconds > 0) {
    return refuse(
      tooManyAttempts(
        'too-many-access-codes',
        `At most ${metadata.policy.maxCodesPerHour} access codes can be requested per hour.`,
        waitSeconds,
      ),
    );
  }
  return accept({
    type: 'AccessCodeIssued',
    data: {
      mpnId: data.mpnId,
      codeId: data.codeId,
      codeHash: data.codeHash,
      issuedAt: metadata.now,
      expiresAt: addMs(metadata.now, metadata.policy.accessCodeTtlMs),
    },
  });
}

/**
 * A wrong code counts against the current code, and the last allowed wrong try locks it. A right
 * code that has expired is recorded as such. A right, live code activates the partner the first
 * time and opens a session. Failures are refused with the events that record them: the lockout
 * must count every one.
 */
export function redeemAccessCode(command: RedeemAccessCode, state: PartnerState): PartnerDecision {
  const { data, metadata } = command;
  if (state.status === 'unknown' || !state.currentCode)
    return refuse(unauthorized('access-code-invalid', INVALID_CODE_MESSAGE));
  const code = state.currentCode;
  if (code.locked) return refuse(lockedRefusal(state.codesIssuedAt, metadata));
  const { mpnId } = data;
  const now = metadata.now;
  if (!data.codeMatches(code.codeHash)) {
    const failedAttempts = code.failedAttempts + 1;
    const failed: PartnerEvent = {
      type: 'AccessCodeRedemptionFailed',
      data: { mpnId, codeId: code.codeId, reason: 'wrong-code', failedAttempts, failedAt: now },
    };
    if (failedAttempts < metadata.policy.maxFailedAttempts)
      return refuse(unauthorized('access-code-invalid', INVALID_CODE_MESSAGE), failed);
    return refuse<PartnerRefusalCode, PartnerEvent>(lockedRefusal(state.codesIssuedAt, metadata), failed, {
      type: 'AccessCodeLocked',
      data: { mpnId, codeId: code.codeId, lockedAt: now },
    });
  }
  if (instantMs(now) >= instantMs(code.expiresAt)) {
    return refuse(
      expired('access-code-expired', 'This access code has expired. Sign up again to receive a new code.'),
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
    );
  }
  const session: PartnerEvent = {
    type: 'PartnerSessionOpened',
    data: { mpnId, codeId: code.codeId, openedAt: now, expiresAt: addMs(now, metadata.policy.sessionTtlMs) },
  };
  if (state.status === 'active') return accept(session);
  return accept<PartnerEvent>(
    { type: 'PartnerActivated', data: { mpnId, codeId: code.codeId, activatedAt: now } },
    session,
  );
}

export function decidePartner(command: PartnerCommand, state: PartnerState): PartnerDecision {
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

export const partnerDecider: Decider<PartnerCommand, PartnerState, PartnerEvent, PartnerRefusalCode> = {
  isOwnEvent: isOneOf(partnerEventTypes),
  decide: decidePartner,
  evolve: evolvePartner,
  initialState: initialPartnerState,
};

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
function lockedRefusal(codesIssuedAt: string[], metadata: CommandMetadata): Refusal<'access-code-locked'> {
  return tooManyAttempts(
    'access-code-locked',
    `This access code is locked after ${metadata.policy.maxFailedAttempts} wrong tries. Sign up again to receive a new code.`,
    Math.max(1, secondsUntilNextCode(codesIssuedAt, metadata)),
  );
}
