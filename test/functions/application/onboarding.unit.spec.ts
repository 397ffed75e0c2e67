import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../domain/durations.js';
import { defaultProgramPolicy } from '../../../domain/program-policy.js';
import { addMs } from '../../../events/instant.js';
import { issueAccessCode } from '../../../functions/application/issue-access-code.js';
import { logIn } from '../../../functions/application/log-in.js';
import { signUpPartner } from '../../../functions/application/sign-up-partner.js';
import { manualClock } from '../../../functions/ports/clock.js';
import { verifySessionToken } from '../../../functions/security/session-tokens.js';
import { accepted, memoryProgramDeps } from '../../support/memory-program.js';

const T0 = '2026-07-01T12:00:00Z';
const partner = {
  mpnId: '1234567',
  companyName: 'Northwind Traders',
  contactEmail: 'ops@northwind.example',
  country: 'CA',
};
const metadata = { correlationId: 'c', causationId: 'c', actor: { role: 'anonymous' as const } };
const login = { kind: 'login', mpnId: partner.mpnId } as const;

function setup() {
  const clock = manualClock(T0);
  const deps = memoryProgramDeps({ clock });
  return { deps, clock };
}

/** A partner signed up, with the code the journey's first step would email. */
async function signedUp(deps: ReturnType<typeof setup>['deps']) {
  expect(await signUpPartner(deps, partner, metadata)).toEqual({ ok: true, mpnId: partner.mpnId });
  return accepted(await issueAccessCode(deps, { mpnId: partner.mpnId }, metadata));
}

const wrongCode = { mpnId: partner.mpnId, accessCode: 'WRONGCODE2' };

describe('Onboarding a partner through the use cases', () => {
  it("signs up and starts the partner's journey, whose first step sends the code", async () => {
    const { deps } = setup();
    await signUpPartner(deps, partner, metadata);
    expect(deps.workflow.started).toEqual([{ kind: 'onboarding', mpnId: partner.mpnId }]);
    expect(deps.mailer.outbox).toEqual([]);
  });

  it('logs in with the code: a session token, and the journey waiting for the login moves on', async () => {
    const { deps } = setup();
    const { code, expiresAt } = await signedUp(deps);
    expect(expiresAt).toBe(addMs(T0, 7 * DAY_MS));
    const session = await logIn(deps, { mpnId: partner.mpnId, accessCode: code }, metadata);
    const sessionExpiresAt = addMs(T0, defaultProgramPolicy.sessionTtlMs);
    expect(session).toEqual({ ok: true, token: expect.any(String), expiresAt: sessionExpiresAt });
    if (!session.ok) return;
    expect(verifySessionToken(await deps.sessionKey(), session.token, T0)).toEqual({
      mpnId: partner.mpnId,
      expiresAt: sessionExpiresAt,
    });
    expect(deps.workflow.completed).toEqual([{ step: login, output: { loggedIn: true } }]);
  });

  it('keeps the contact on file when someone signs up again with another email, and sends it a new code', async () => {
    const { deps } = setup();
    await signedUp(deps);
    const again = await signUpPartner(deps, { ...partner, contactEmail: 'attacker@evil.example' }, metadata);
    expect(again).toEqual({ ok: true, mpnId: partner.mpnId });
    expect(deps.mailer.outbox.map((m) => m.to)).toEqual(['ops@northwind.example']);
  });

  it('records every wrong try before refusing, locks on the fifth, and ends the wait for a login', async () => {
    const { deps } = setup();
    const { code } = await signedUp(deps);
    for (let i = 0; i < 4; i++) {
      expect(await logIn(deps, wrongCode, metadata)).toMatchObject({
        ok: false,
        refusal: { kind: 'unauthorized', code: 'access-code-invalid' },
      });
    }
    expect(deps.workflow.failed).toEqual([]);
    expect(await logIn(deps, wrongCode, metadata)).toMatchObject({
      ok: false,
      refusal: { kind: 'too-many-attempts', code: 'access-code-locked' },
    });
    expect(deps.workflow.failed).toEqual([{ step: login, error: 'AccessCodeLocked' }]);
    expect(await logIn(deps, { mpnId: partner.mpnId, accessCode: code }, metadata)).toMatchObject({
      ok: false,
      refusal: { code: 'access-code-locked' },
    });
    const { events } = await deps.store.readStream(`partner-${partner.mpnId}`);
    expect(events.filter((e) => e.type === 'AccessCodeRedemptionFailed')).toHaveLength(5);
    expect(deps.workflow.completed).toEqual([]);
  });

  it('refuses an expired code with its own answer', async () => {
    const { deps, clock } = setup();
    const { code } = await signedUp(deps);
    clock.set(addMs(T0, 7 * DAY_MS));
    expect(await logIn(deps, { mpnId: partner.mpnId, accessCode: code }, metadata)).toMatchObject({
      ok: false,
      refusal: { kind: 'expired', code: 'access-code-expired' },
    });
  });

  it('never records the plaintext code', async () => {
    const { deps } = setup();
    const { code } = await signedUp(deps);
    await logIn(deps, { mpnId: partner.mpnId, accessCode: code }, metadata);
    const stored = JSON.stringify((await deps.store.readStream(`partner-${partner.mpnId}`)).events);
    expect(stored).toContain('AccessCodeIssued');
    expect(stored).not.toContain(code);
  });
});
