import { isOneOf } from '../../events/catalog.js';
import { addMs, instantMs } from '../../events/instant.js';
import { accept, type Decider, type Decision, refuse } from '../decider.js';
import { HOUR_MS } from '../durations.js';
import { expired, notFound, type Refusal, ruleViolation, tooManyAttempts, unauthorized } from '../refusal.js';
import {
  evolvePartner,
  initialPartnerState,
  type PartnerDetails,
  type PartnerEvent,
  type PartnerState,
  partnerEventTypes,
} from './partner.js';
import type { OnboardingPolicy } from './policy.js';

type CommandMetadata = { now: string; policy: OnboardingPolicy };

export type SignUpPartner = {
  type: 'SignUpPartner';
  /** `requestId` names the code request a repeated sign-up is. */
  data: PartnerDetails & { requestId: string };
  metadata: CommandMetadata;
};

/** A partner asks for a new code by its MPN ID alone ("I do not have an access code"). */
export type RequestAccessCode = {
  type: 'RequestAccessCode';
  data: { mpnId: string; requestId: string };
  metadata: { now: string };
};

/**
 * The code itself is generated and hashed at the edge; the domain sees only its hash. `requested`
 * says the partner asked for it (signing up again), which the hourly limit applies to; the
 * journey's own codes (the first, a locked one's replacement) always go.
 */
export type IssueAccessCode = {
  type: 'IssueAccessCode';
  data: { mpnId: string; codeId: string; codeHash: string; requested: boolean };
  metadata: CommandMetadata;
};

/**
 * A login: the typed code was checked at the edge against the code `codeId` (the hash check is
 * slow on purpose); `wrongTriesOfCode` is how many wrong tries that code has taken, this one too.
 */
export type RedeemAccessCode = {
  type: 'RedeemAccessCode';
  data: {
    mpnId: string;
    codeId: string | undefined;
    matches: boolean;
    wrongTriesOfCode: number;
    sessionId: string;
  };
  metadata: CommandMetadata;
};

export type CloseSession = {
  type: 'CloseSession';
  data: { mpnId: string; sessionId: string };
  metadata: { now: string };
};

export type PartnerCommand =
  | SignUpPartner
  | RequestAccessCode
  | IssueAccessCode
  | RedeemAccessCode
  | CloseSession;

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
 * Only partners of the program's country may sign up. Signing up again asks for a new code, which
 * goes to the contact already on file: a stranger re-using someone's MPN ID must not redirect
 * their codes, and learns nothing from the answer.
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
  const { requestId, ...partner } = data;
  if (state.status === 'unknown') {
    return accept({ type: 'PartnerSignedUp', data: { ...partner, signedUpAt: metadata.now } });
  }
  return requestAccessCode(
    { type: 'RequestAccessCode', data: { mpnId: data.mpnId, requestId }, metadata },
    state,
  );
}

/**
 * A code asked for goes to the contact on file, minted after the request is recorded. For an MPN ID
 * that never signed up nothing is recorded, and the asker is told the same as anyone else.
 */
export function requestAccessCode(
  { data, metadata }: RequestAccessCode,
  state: PartnerState,
): PartnerDecision {
  if (state.status === 'unknown') return accept();
  return accept({
    type: 'AccessCodeRequested',
    data: { mpnId: data.mpnId, requestId: data.requestId, requestedAt: metadata.now },
  });
}

/**
 * At most `maxCodesPerHour` codes asked for per MPN ID in any hour; a new code replaces the old
 * one. A locked code is always replaced: a lock must never keep the partner out.
 */
export function issueAccessCode(command: IssueAccessCode, state: PartnerState): PartnerDecision {
  const { data, metadata } = command;
  if (state.status === 'unknown')
    return refuse(notFound('partner-not-found', `No partner ${data.mpnId} has signed up.`));
  const limited = data.requested && !state.currentCode?.locked;
  const waitSeconds = limited ? secondsUntilNextCode(requestedCodeTimes(state.codesIssued), metadata) : 0;
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
      requested: data.requested,
      issuedAt: metadata.now,
      expiresAt: addMs(metadata.now, metadata.policy.accessCodeTtlMs),
    },
  });
}

/**
 * A right, live code activates the partner the first time and opens a session. A wrong code is
 * refused without a record (tries are counted apart); the try that takes the code past its limit
 * locks it. A right code that has expired is refused as such.
 */
export function redeemAccessCode(command: RedeemAccessCode, state: PartnerState): PartnerDecision {
  const { data, metadata } = command;
  if (state.status === 'unknown' || !state.currentCode)
    return refuse(unauthorized('access-code-invalid', INVALID_CODE_MESSAGE));
  const code = state.currentCode;
  if (code.locked) return refuse(lockedRefusal());
  const { mpnId } = data;
  const now = metadata.now;
  const aboutThisCode = data.codeId === code.codeId;
  if (!aboutThisCode || !data.matches) {
    if (aboutThisCode && data.wrongTriesOfCode >= metadata.policy.maxWrongTriesPerCode) {
      return refuse(lockedRefusal(), {
        type: 'AccessCodeLocked',
        data: { mpnId, codeId: code.codeId, lockedAt: now },
      });
    }
    return refuse(unauthorized('access-code-invalid', INVALID_CODE_MESSAGE));
  }
  if (instantMs(now) >= instantMs(code.expiresAt)) {
    return refuse(
      expired('access-code-expired', 'This access code has expired. Sign up again to receive a new code.'),
    );
  }
  const session: PartnerEvent = {
    type: 'PartnerSessionOpened',
    data: {
      mpnId,
      codeId: code.codeId,
      sessionId: data.sessionId,
      openedAt: now,
      expiresAt: addMs(now, metadata.policy.sessionTtlMs),
    },
  };
  if (state.status === 'active') return accept(session);
  return accept<PartnerEvent>(
    { type: 'PartnerActivated', data: { mpnId, codeId: code.codeId, activatedAt: now } },
    session,
  );
}

/** Logging out ends one session; doing it again changes nothing. */
export function closeSession({ data, metadata }: CloseSession, state: PartnerState): PartnerDecision {
  if (state.status === 'unknown' || state.closedSessions.includes(data.sessionId)) return accept();
  return accept({
    type: 'PartnerSessionClosed',
    data: { mpnId: data.mpnId, sessionId: data.sessionId, closedAt: metadata.now },
  });
}

export function decidePartner(command: PartnerCommand, state: PartnerState): PartnerDecision {
  switch (command.type) {
    case 'SignUpPartner':
      return signUpPartner(command, state);
    case 'RequestAccessCode':
      return requestAccessCode(command, state);
    case 'IssueAccessCode':
      return issueAccessCode(command, state);
    case 'RedeemAccessCode':
      return redeemAccessCode(command, state);
    case 'CloseSession':
      return closeSession(command, state);
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

const requestedCodeTimes = (codes: { issuedAt: string; requested: boolean }[]) =>
  codes.filter((c) => c.requested).map((c) => c.issuedAt);

const codesInLastHour = (codesIssuedAt: string[], now: string) =>
  codesIssuedAt.filter((issuedAt) => instantMs(now) - instantMs(issuedAt) < HOUR_MS);

/** Seconds until another code may be issued: 0 when one may be issued now. */
export function secondsUntilNextCode(codesIssuedAt: string[], { now, policy }: CommandMetadata): number {
  const recent = codesInLastHour(codesIssuedAt, now);
  if (recent.length < policy.maxCodesPerHour) return 0;
  const oldestThatCounts = recent[recent.length - policy.maxCodesPerHour] as string;
  return Math.max(1, Math.ceil((instantMs(oldestThatCounts) + HOUR_MS - instantMs(now)) / 1000));
}

// A locked code never works again; a new one is on its way (the journey sends one to a partner
// still onboarding) or asked for by signing up again, whatever the hourly limit.
const lockedRefusal = (): Refusal<'access-code-locked'> =>
  tooManyAttempts(
    'access-code-locked',
    'This access code is locked after too many wrong tries. Sign up again with your MPN ID to receive a new code at the address on file.',
    1,
  );
