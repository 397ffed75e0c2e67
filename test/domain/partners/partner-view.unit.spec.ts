import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../domain/durations.js';
import type { PartnerEvent } from '../../../domain/partners/partner.js';
import { evolvePartnerView, sessionStillOpen } from '../../../domain/partners/partner-view.js';
import { addMs } from '../../../events/instant.js';
import { MPN } from '../../support/fixtures.js';

const T0 = '2026-07-01T12:00:00Z';
const at = (ms: number) => addMs(T0, ms);

const signedUp: PartnerEvent = {
  type: 'PartnerSignedUp',
  data: {
    mpnId: MPN,
    companyName: 'Northwind',
    contactEmail: 'ops@northwind.example',
    country: 'CA',
    signedUpAt: T0,
  },
};
const codeIssued = (codeId: string, issuedAt: string): PartnerEvent => ({
  type: 'AccessCodeIssued',
  data: {
    mpnId: MPN,
    codeId,
    codeHash: `hash-of-${codeId}-0123456789`,
    requested: false,
    issuedAt,
    expiresAt: addMs(issuedAt, 24 * HOUR_MS),
  },
});
const locked = (codeId: string, lockedAt: string): PartnerEvent => ({
  type: 'AccessCodeLocked',
  data: { mpnId: MPN, codeId, lockedAt },
});
const loggedOut = (sessionId: string, closedAt: string): PartnerEvent => ({
  type: 'PartnerSessionClosed',
  data: { mpnId: MPN, sessionId, closedAt },
});

const viewAfter = (...events: PartnerEvent[]) => events.reduce(evolvePartnerView, undefined);
const session = (sessionId: string, openedAt: string) => ({ sessionId, openedAt });

describe("A partner's sessions, as its view tells them", () => {
  it('stay open while nothing ended them, also before the view has caught up with the partner', () => {
    expect(sessionStillOpen(viewAfter(signedUp, codeIssued('c1', T0)), session('first-one', at(1_000)))).toBe(
      true,
    );
    expect(sessionStillOpen(undefined, session('first-one', at(1_000)))).toBe(true);
  });

  it('end one by one when the partner logs out, the others staying open', () => {
    const view = viewAfter(signedUp, codeIssued('c1', T0), loggedOut('laptop-01', at(HOUR_MS)));
    expect(sessionStillOpen(view, session('laptop-01', at(1_000)))).toBe(false);
    expect(sessionStillOpen(view, session('phone-002', at(1_000)))).toBe(true);
  });

  it('all end when the code is locked: whoever locked it may hold one', () => {
    const view = viewAfter(signedUp, codeIssued('c1', T0), locked('c1', at(HOUR_MS)));
    expect(sessionStillOpen(view, session('laptop-01', at(1_000)))).toBe(false);
    expect(sessionStillOpen(view, session('phone-002', at(HOUR_MS - 1)))).toBe(false);
  });

  it('opened before the new code that follows a lock stay ended; those opened with the new code are open', () => {
    const view = viewAfter(
      signedUp,
      codeIssued('c1', T0),
      locked('c1', at(HOUR_MS)),
      codeIssued('c2', at(2 * HOUR_MS)),
    );
    expect(sessionStillOpen(view, session('before-lock', at(1_000)))).toBe(false);
    expect(sessionStillOpen(view, session('in-the-lock', at(HOUR_MS + 1_000)))).toBe(false);
    expect(sessionStillOpen(view, session('new-code-1', at(2 * HOUR_MS)))).toBe(true);
  });

  it('are not ended by a new code the partner asks for without a lock', () => {
    const view = viewAfter(signedUp, codeIssued('c1', T0), codeIssued('c2', at(2 * HOUR_MS)));
    expect(sessionStillOpen(view, session('laptop-01', at(1_000)))).toBe(true);
  });
});
