import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffDecider } from '../../../domain/staff/staff-member.js';
import { streamIds } from '../../../events/streams.js';
import { readSlice } from '../../../functions/application/read-slice.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
}, 60_000);
afterAll(() => api?.close());

describe('Signing in to the staff console', () => {
  it('sends a browser without a session to sign in, and back to the page it asked for after', async () => {
    const browser = api.browser();
    const page = await browser.get('/console/approvals');
    expect(page.path).toBe('/console/sign-in?next=%2Fconsole%2Fapprovals');
    expect(page.text).toContain('Staff sign-in');
  });

  it('opens a session for a person of the directory, recorded in their name, and their home page says who they are', async () => {
    const { browser, landed } = await api.staff('dana@program.example', ['finance', 'approver'], {
      name: 'Dana Smith',
    });
    expect(landed.status).toBe(200);
    expect(landed.html).toContain('http-equiv="refresh" content="0; url=/console"');
    const home = await browser.get('/console');
    expect(home.text).toContain('Signed in as Dana Smith (dana@program.example).');
    expect(home.text).toContain('Your roles: approver and finance.');
    const { events } = await readSlice(
      api.deps.store,
      staffDecider,
      streamIds.staffMember('dana@program.example'),
    );
    const signedIn = events.find((e) => e.type === 'StaffSignedIn');
    expect(signedIn?.metadata.actor).toEqual({
      role: 'approver',
      id: 'dana@program.example',
      name: 'Dana Smith',
    });
    expect(JSON.stringify(events)).not.toContain(browser.cookies.get('__Host-staff') ?? 'no cookie');
  });

  it('shows each person only the pages of their roles, and refuses the others with a page that says why', async () => {
    const { browser } = await api.staff('fin@program.example', ['finance']);
    const home = await browser.get('/console');
    expect(home.html).not.toContain('href="/console/approvals"');
    const refused = await browser.get('/console/approvals');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain(
      'Your roles (finance) do not include the one this page is for (approver).',
    );
  });

  it('refuses someone the identity service knows but the directory gives no role', async () => {
    const { browser } = await api.staff('leaving@program.example', ['approver']);
    await api.staff('admin@program.example', ['program-admin']);
    // Taken away while signed in: the next page sends them to sign in, and signing in again fails.
    const { setStaffMember } = await import('../../../functions/application/staff/staff-directory.js');
    const dropped = await setStaffMember(
      { ...api.deps, staffAccounts: { ensure: async () => {} } },
      { email: 'leaving@program.example', name: 'leaving@program.example', roles: [] },
      {
        correlationId: 'test',
        causationId: 'test',
        actor: { role: 'program-admin', id: 'admin@program.example' },
      },
      'admin@program.example',
    );
    expect(dropped.ok).toBe(true);
    // The marker cookie says a session may be there: one step from this site, and it is not.
    const step = await browser.get('/console');
    expect(step.html).toContain('url=/console?again=1');
    const after = await browser.get('/console?again=1');
    expect(after.path).toBe('/console/sign-in?next=%2Fconsole&ended=1');
    expect(after.text).toContain('Your session has ended. Sign in again.');
    expect(browser.cookies.has('__Host-staff')).toBe(false);
  });

  it('ends the session on signing out: its cookie no longer opens anything, even if kept', async () => {
    const { browser } = await api.staff('out@program.example', ['approver']);
    const home = await browser.get('/console');
    const kept = browser.cookies.get('__Host-staff');
    const out = await browser.submit(home, '/console/sign-out', {});
    expect(out.status).toBe(200);
    expect(out.html).toContain(`url=${api.signIn.signInUrl}/logout?`);
    expect(browser.cookies.has('__Host-staff')).toBe(false);
    const again = api.browser();
    again.cookies.set('__Host-staff', kept ?? '');
    expect((await again.get('/console')).path).toMatch(/^\/console\/sign-in/);
  });

  it('does not open a session from a code returned to another browser (its state)', async () => {
    const thief = api.browser();
    const page = await thief.get('/console/signed-in?code=stolen&state=whatever');
    expect(page.status).toBe(400);
    expect(page.text).toContain('The sign-in did not complete');
  });

  it('never sends a person back to another site after signing in', async () => {
    const browser = api.browser();
    const page = await browser.get('/console/sign-in?next=https%3A%2F%2Fevil.example%2F');
    expect(page.html).toContain('href="/console/sign-in/start"');
  });
});
