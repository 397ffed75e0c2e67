import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../domain/decider.js';
import { addMs } from '../../../events/instant.js';
import { MemoryEventStore } from '../../../functions/adapters/memory-event-store.js';
import { type AppDeps, defaultProgramPolicy } from '../../../functions/application/deps.js';
import { issueAccessCode } from '../../../functions/application/issue-access-code.js';
import { redeemAccessCode } from '../../../functions/application/redeem-access-code.js';
import { signUpPartner } from '../../../functions/application/sign-up-partner.js';
import { manualClock } from '../../../functions/ports/clock.js';

const T0 = '2026-07-01T12:00:00Z';
const partner = {
  mpnId: '1234567',
  companyName: 'Northwind Traders',
  contactEmail: 'ops@northwind.example',
  country: 'CA',
};
const metadata = { correlationId: 'c', causationId: 'c', actor: { role: 'anonymous' as const } };

function setup() {
  const clock = manualClock(T0);
  const deps: AppDeps = { store: new MemoryEventStore(clock), clock, policy: defaultProgramPolicy };
  return { deps, clock };
}

describe('Onboarding a partner through the use cases', () => {
  it('signs up, issues a code and logs in with it', async () => {
    const { deps } = setup();
    expect(await signUpPartner(deps, partner, metadata)).toMatchObject({ firstSignUp: true });
    const { code, expiresAt } = await issueAccessCode(deps, { mpnId: partner.mpnId }, metadata);
    expect(expiresAt).toBe(addMs(T0, 7 * DAY_MS));
    expect(await redeemAccessCode(deps, { mpnId: partner.mpnId, accessCode: code }, metadata)).toEqual({
      sessionExpiresAt: addMs(T0, defaultProgramPolicy.sessionTtlMs),
      activated: true,
    });
  });

  it('keeps the contact on file when someone signs up again with another email', async () => {
    const { deps } = setup();
    await signUpPartner(deps, partner, metadata);
    const again = await signUpPartner(deps, { ...partner, contactEmail: 'attacker@evil.example' }, metadata);
    expect(again).toMatchObject({ firstSignUp: false, profile: { contactEmail: 'ops@northwind.example' } });
    const { profile } = await issueAccessCode(deps, { mpnId: partner.mpnId }, metadata);
    expect(profile.contactEmail).toBe('ops@northwind.example');
  });

  it('records every wrong try before refusing, and locks on the fifth', async () => {
    const { deps } = setup();
    await signUpPartner(deps, partner, metadata);
    const { code } = await issueAccessCode(deps, { mpnId: partner.mpnId }, metadata);
    for (let i = 0; i < 4; i++) {
      await expect(
        redeemAccessCode(deps, { mpnId: partner.mpnId, accessCode: 'WRONGCODE2' }, metadata),
      ).rejects.toMatchObject({
        kind: 'unauthorized',
      });
    }
    await expect(
      redeemAccessCode(deps, { mpnId: partner.mpnId, accessCode: 'WRONGCODE2' }, metadata),
    ).rejects.toMatchObject({
      kind: 'too-many-attempts',
      code: 'access-code-locked',
    });
    await expect(
      redeemAccessCode(deps, { mpnId: partner.mpnId, accessCode: code }, metadata),
    ).rejects.toMatchObject({
      code: 'access-code-locked',
    });
    const { events } = await deps.store.readStream(`partner-${partner.mpnId}`);
    expect(events.filter((e) => e.type === 'AccessCodeRedemptionFailed')).toHaveLength(5);
  });

  it('refuses an expired code with its own answer', async () => {
    const { deps, clock } = setup();
    await signUpPartner(deps, partner, metadata);
    const { code } = await issueAccessCode(deps, { mpnId: partner.mpnId }, metadata);
    clock.set(addMs(T0, 7 * DAY_MS));
    await expect(
      redeemAccessCode(deps, { mpnId: partner.mpnId, accessCode: code }, metadata),
    ).rejects.toMatchObject({
      kind: 'expired',
      code: 'access-code-expired',
    });
  });

  it('never records the plaintext code', async () => {
    const { deps } = setup();
    await signUpPartner(deps, partner, metadata);
    const { code } = await issueAccessCode(deps, { mpnId: partner.mpnId }, metadata);
    await redeemAccessCode(deps, { mpnId: partner.mpnId, accessCode: code }, metadata);
    const stored = JSON.stringify((await deps.store.readStream(`partner-${partner.mpnId}`)).events);
    expect(stored).toContain('AccessCodeIssued');
    expect(stored).not.toContain(code);
  });
});
