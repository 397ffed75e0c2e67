import type { PartnerLanguage, PartnerTimeZone } from '../../events/fields.js';
import { instantMs } from '../../events/instant.js';
import type { PartnerEvent } from './partner.js';

/** What the program sees of a partner: no code hashes, just where it stands. */
export type PartnerView = {
  mpnId: string;
  companyName: string;
  contactEmail: string;
  status: 'signed-up' | 'active';
  language?: PartnerLanguage;
  timeZone?: PartnerTimeZone;
  signedUpAt: string;
  activatedAt?: string;
  lastSessionAt?: string;
  accessCodeExpiresAt?: string;
  accessCodeLocked: boolean;
  /** Sessions opened before this instant are over: a lock ended them, and so does the code after it. */
  sessionsEndedBefore?: string;
  /** The sessions the partner logged out of, newest last (the last few suffice: sessions are short). */
  closedSessions: string[];
};

// Sessions last hours and a partner logs out a few times a day: these outlive any open session.
const CLOSED_SESSIONS_KEPT = 50;

export function evolvePartnerView(
  view: PartnerView | undefined,
  event: PartnerEvent,
): PartnerView | undefined {
  if (event.type === 'PartnerSignedUp') {
    const { mpnId, companyName, contactEmail, signedUpAt, language, timeZone } = event.data;
    return {
      mpnId,
      companyName,
      contactEmail,
      status: 'signed-up',
      ...(language ? { language } : {}),
      ...(timeZone ? { timeZone } : {}),
      signedUpAt,
      accessCodeLocked: false,
      closedSessions: [],
    };
  }
  if (!view) return view;
  switch (event.type) {
    case 'AccessCodeIssued': {
      const { expiresAt, issuedAt } = event.data;
      const afterLock = view.accessCodeLocked ? { sessionsEndedBefore: issuedAt } : {};
      return { ...view, ...afterLock, accessCodeExpiresAt: expiresAt, accessCodeLocked: false };
    }
    case 'AccessCodeLocked':
      return { ...view, accessCodeLocked: true, sessionsEndedBefore: event.data.lockedAt };
    case 'PartnerActivated':
      return { ...view, status: 'active', activatedAt: event.data.activatedAt };
    case 'PartnerSessionOpened':
      return { ...view, lastSessionAt: event.data.openedAt };
    case 'PartnerSessionClosed':
      return {
        ...view,
        closedSessions: [...(view.closedSessions ?? []), event.data.sessionId].slice(-CLOSED_SESSIONS_KEPT),
      };
    case 'AccessCodeRequested':
    case 'AccessCodeRedemptionFailed':
      return view;
  }
}

/**
 * Whether a session is still open as the partner's view tells it (the token says when it began).
 * The view follows the events a moment behind: one not there yet has recorded no logout and no lock.
 */
export function sessionStillOpen(
  view: PartnerView | undefined,
  session: { sessionId: string; openedAt: string },
) {
  if (!view) return true;
  if (view.closedSessions?.includes(session.sessionId)) return false;
  return !view.sessionsEndedBefore || instantMs(session.openedAt) >= instantMs(view.sessionsEndedBefore);
}
