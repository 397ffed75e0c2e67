import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../domain/durations.js';
import { defaultProgramPolicy, type ProgramPolicy } from '../../../domain/program-policy.js';
import { addMs } from '../../../events/instant.js';
import { issueAccessCode } from '../../../functions/application/issue-access-code.js';
import { logIn } from '../../../functions/application/log-in.js';
import { deliverOwedEmails } from '../../../functions/application/outbox/deliver-owed-emails.js';
import { sendAccessCode } from '../../../functions/application/send-access-code.js';
import { signUpPartner } from '../../../functions/application/sign-up-partner.js';
import { manualClock } from '../../../functions/ports/clock.js';
import { verifySessionToken } from '../../../functions/security/session-tokens.js';
import { accepted, memoryProgramDeps, PUBLIC_BASE_URL } from '../../support/memory-program.js';

const T0 = '2026-07-01T12:00:00Z';
const partner = {
  mpnId: '1234567',
  companyName: 'Northwind Traders',
  contactEmail: 'ops@northwind.example',
  country: 'CA',
};
const HOME = '203.0.113.7';
const STRANGER = '198.51.100.66';
const metadata = { correlationId: 'c', causationId: 'c', actor: { role: 'anonymous' as const } };
const login = { kind: 'login', mpnId: partner.mpnId } as const;

function setup(policy: ProgramPolicy = defaultProgramPolicy) {
  const clock = manualClock(T0);
  const deps = memoryProgramDeps({ clock, policy });
  return { deps, clock };
}
type Deps = ReturnType<typeof setup>['deps'];

/** A partner signed up from home, with the code the journey's first step would email. */
async function signedUp(deps: Deps) {
  expect(await signUpPartner(deps, { ...partner, sourceIp: HOME }, metadata)).toEqual({
    ok: true,
    mpnId: partner.mpnId,
  });
  return accepted(await issueAccessCode(deps, { mpnId: partner.mpnId, requested: false }, metadata));
}

const tryCode = (deps: Deps, accessCode: string, sourceIp = HOME) =>
  logIn(deps, { mpnId: partner.mpnId, accessCode, sourceIp }, metadata);

/** The outbox, run over everything recorded so far. */
async function deliver(deps: Deps) {
  for (const event of (await deps.store.readStream(`partner-${partner.mpnId}`)).events)
    await deliverOwedEmails(deps, event);
}

describe('Onboarding a partner through the use cases', () => {
  it("signs up and starts the partner's journey, whose first step sends the code", async () => {
    const { deps } = setup();
    await signUpPartner(deps, { ...partner, sourceIp: HOME }, metadata);
    expect(deps.workflow.started).toEqual([{ kind: 'onboarding', mpnId: partner.mpnId }]);
    expect(deps.mailer.outbox).toEqual([]);
  });

  it('emails the code in the language and time zone the partner chose, leading to the login with its MPN ID', async () => {
    const { deps } = setup();
    const french = { ...partner, language: 'fr', timeZone: 'America/Vancouver', sourceIp: HOME } as const;
    await signUpPartner(deps, french, metadata);
    accepted(await sendAccessCode(deps, { mpnId: partner.mpnId, reason: 'first' }, metadata));
    const [email] = deps.mailer.outbox;
    expect(email?.subject).toBe('Votre code d’accès au programme Incitatifs de vente pour partenaires');
    expect(email?.text).toContain('Date d’expiration\u00a0: 8 juillet 2026 à 05 h 00 HAP');
    expect(email?.text).toMatch(/^Access code: [A-Z0-9]{10}$/m);
    expect(email?.text).toContain(`Se connecter\u00a0: ${PUBLIC_BASE_URL}/portal?mpnId=${partner.mpnId}`);
  });

  it('emails the code in English, in Toronto time, to a partner who did not say', async () => {
    const { deps } = setup();
    await signedUp(deps);
    accepted(await sendAccessCode(deps, { mpnId: partner.mpnId, reason: 'requested' }, metadata));
    const [email] = deps.mailer.outbox;
    expect(email?.subject).toBe('Your access code for Partner Sales Incentives');
    expect(email?.text).toContain('Valid until: July 8, 2026 at 8:00 a.m. EDT');
    expect(email?.text).toContain(`Log in: ${PUBLIC_BASE_URL}/portal?mpnId=${partner.mpnId}`);
  });

  it('logs in with the code: a session token, and the journey waiting for the login moves on', async () => {
    const { deps } = setup();
    const { code, expiresAt } = await signedUp(deps);
    expect(expiresAt).toBe(addMs(T0, 7 * DAY_MS));
    const session = accepted(await tryCode(deps, code));
    const sessionExpiresAt = addMs(T0, defaultProgramPolicy.sessionTtlMs);
    expect(session.expiresAt).toBe(sessionExpiresAt);
    expect(verifySessionToken(await deps.sessionKey(), session.token, T0)).toMatchObject({
      mpnId: partner.mpnId,
      openedAt: T0,
      expiresAt: sessionExpiresAt,
    });
    expect(deps.workflow.completed).toEqual([{ step: login, output: { loggedIn: true } }]);
  });

  it('sends a code asked for again to the contact on file, once, from the outbox', async () => {
    const { deps } = setup();
    await signedUp(deps);
    const again = await signUpPartner(
      deps,
      { ...partner, contactEmail: 'attacker@evil.example', sourceIp: STRANGER },
      metadata,
    );
    expect(again).toEqual({ ok: true, mpnId: partner.mpnId });
    expect(deps.mailer.outbox).toEqual([]);
    await deliver(deps);
    await deliver(deps);
    expect(deps.mailer.outbox.map((m) => [m.to, m.subject])).toEqual([
      ['ops@northwind.example', 'Your access code for Partner Sales Incentives'],
    ]);
    expect(deps.mailer.outbox[0]?.text).not.toContain('Northwind');
  });

  it('refuses a wrong code without recording it, and refuses a stranger who keeps trying (not the partner)', async () => {
    const { deps } = setup();
    const { code } = await signedUp(deps);
    const { max } = defaultProgramPolicy.accessLimits.loginsPerSourceAndPartner;
    for (let i = 0; i < max; i++) {
      expect(await tryCode(deps, 'WRONGCODE2', STRANGER)).toMatchObject({
        ok: false,
        refusal: { code: 'access-code-invalid' },
      });
    }
    expect(await tryCode(deps, code, STRANGER)).toMatchObject({
      ok: false,
      refusal: { kind: 'too-many-attempts', code: 'too-many-logins', retryAfterSeconds: expect.any(Number) },
    });
    expect((await tryCode(deps, code, HOME)).ok).toBe(true);
    const { events } = await deps.store.readStream(`partner-${partner.mpnId}`);
    expect(events.map((e) => e.type)).not.toContain('AccessCodeRedemptionFailed');
  });

  it('locks a code past its wrong tries, ends the wait for a login, and lets the partner ask for a new one', async () => {
    const { accessLimits } = defaultProgramPolicy;
    const { deps } = setup({ ...defaultProgramPolicy, maxWrongTriesPerCode: 3 });
    const { code } = await signedUp(deps);
    for (const source of ['10.0.0.1', '10.0.0.2']) await tryCode(deps, 'WRONGCODE2', source);
    expect(await tryCode(deps, 'WRONGCODE2', '10.0.0.3')).toMatchObject({
      ok: false,
      refusal: { code: 'access-code-locked' },
    });
    expect(deps.workflow.failed).toEqual([{ step: login, error: 'AccessCodeLocked' }]);
    expect(await tryCode(deps, code)).toMatchObject({ ok: false, refusal: { code: 'access-code-locked' } });
    // However often strangers gave the partner's address, the partner may ask again.
    for (let i = 0; i <= accessLimits.signUpsPerEmail.max; i++) {
      await signUpPartner(deps, { ...partner, sourceIp: `10.0.1.${i}` }, metadata);
    }
    expect(await signUpPartner(deps, { ...partner, sourceIp: HOME }, metadata)).toMatchObject({ ok: true });
  });

  it('limits sign-ups per source and per email address given, whatever the MPN IDs', async () => {
    const { accessLimits } = defaultProgramPolicy;
    const { deps } = setup();
    const signUpAs = (n: number, sourceIp: string, contactEmail: string) =>
      signUpPartner(deps, { ...partner, mpnId: String(5_000_000 + n), contactEmail, sourceIp }, metadata);
    for (let n = 0; n < accessLimits.signUpsPerEmail.max; n++) {
      expect((await signUpAs(n, `10.0.2.${n}`, 'victim@elsewhere.example')).ok).toBe(true);
    }
    expect(await signUpAs(99, '10.0.2.99', 'victim@elsewhere.example')).toMatchObject({
      ok: false,
      refusal: { code: 'too-many-sign-ups' },
    });
    for (let n = 0; n < accessLimits.signUpsPerSource.max; n++)
      await signUpAs(100 + n, STRANGER, `p${n}@x.example`);
    expect(await signUpAs(200, STRANGER, 'p200@x.example')).toMatchObject({
      ok: false,
      refusal: { code: 'too-many-sign-ups' },
    });
  });

  it('refuses an expired code with its own answer', async () => {
    const { deps, clock } = setup();
    const { code } = await signedUp(deps);
    clock.set(addMs(T0, 7 * DAY_MS));
    expect(await tryCode(deps, code)).toMatchObject({
      ok: false,
      refusal: { kind: 'expired', code: 'access-code-expired' },
    });
  });

  it('never records the plaintext code', async () => {
    const { deps } = setup();
    const { code } = await signedUp(deps);
    await tryCode(deps, code);
    const stored = JSON.stringify((await deps.store.readStream(`partner-${partner.mpnId}`)).events);
    expect(stored).toContain('AccessCodeIssued');
    expect(stored).not.toContain(code);
  });
});
