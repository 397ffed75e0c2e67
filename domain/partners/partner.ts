import type { EventOfType } from '../../events/catalog.js';
import type { PartnerLanguage, PartnerTimeZone } from '../../events/fields.js';

/** The events of a partner's stream. */
export const partnerEventTypes = [
  'PartnerSignedUp',
  'AccessCodeRequested',
  'AccessCodeIssued',
  'AccessCodeRedemptionFailed',
  'AccessCodeLocked',
  'PartnerActivated',
  'PartnerSessionOpened',
  'PartnerSessionClosed',
] as const;

export type PartnerEvent = EventOfType<(typeof partnerEventTypes)[number]>;

export type AccessCodeState = {
  codeId: string;
  codeHash: string;
  issuedAt: string;
  expiresAt: string;
  failedAttempts: number;
  locked: boolean;
};

/** What a partner gives when it signs up; the language and time zone it reads the program in. */
export type PartnerDetails = {
  mpnId: string;
  companyName: string;
  contactEmail: string;
  country: string;
  language?: PartnerLanguage;
  timeZone?: PartnerTimeZone;
};

export type PartnerProfile = PartnerDetails & { signedUpAt: string };

export type PartnerState =
  | { status: 'unknown' }
  | {
      status: 'signed-up' | 'active';
      profile: PartnerProfile;
      /** Only the newest code counts: issuing one invalidates the one before. */
      currentCode: AccessCodeState | null;
      /** Every code issued, newest last: the ones asked for count against the hourly limit. */
      codesIssued: { codeId: string; issuedAt: string; requested: boolean }[];
      /** The sessions the partner logged out of. */
      closedSessions: string[];
    };

export const initialPartnerState = (): PartnerState => ({ status: 'unknown' });

export function evolvePartner(state: PartnerState, event: PartnerEvent): PartnerState {
  if (event.type === 'PartnerSignedUp') {
    const { signedUpAt, ...rest } = event.data;
    return {
      status: 'signed-up',
      profile: { ...rest, signedUpAt },
      currentCode: null,
      codesIssued: [],
      closedSessions: [],
    };
  }
  if (state.status === 'unknown') return state;
  switch (event.type) {
    case 'AccessCodeIssued': {
      const { codeId, codeHash, issuedAt, expiresAt, requested = true } = event.data;
      return {
        ...state,
        currentCode: { codeId, codeHash, issuedAt, expiresAt, failedAttempts: 0, locked: false },
        codesIssued: [...state.codesIssued, { codeId, issuedAt, requested }],
      };
    }
    case 'AccessCodeRedemptionFailed':
      return withCode(state, event.data.codeId, (code) => ({
        ...code,
        failedAttempts: event.data.failedAttempts,
      }));
    case 'AccessCodeLocked':
      return withCode(state, event.data.codeId, (code) => ({ ...code, locked: true }));
    case 'PartnerActivated':
      return { ...state, status: 'active' };
    case 'PartnerSessionClosed':
      return { ...state, closedSessions: [...state.closedSessions, event.data.sessionId] };
    case 'AccessCodeRequested':
    case 'PartnerSessionOpened':
      return state;
  }
}

function withCode(
  state: Extract<PartnerState, { status: 'signed-up' | 'active' }>,
  codeId: string,
  change: (code: AccessCodeState) => AccessCodeState,
): PartnerState {
  if (state.currentCode?.codeId !== codeId) return state;
  return { ...state, currentCode: change(state.currentCode) };
}
