import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationDecider } from '../../../domain/registrations/decide.js';
import { registrationIdOf, streamIds } from '../../../events/streams.js';
import { readSlice } from '../../../functions/application/read-slice.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { publish, registeredPartner } from '../../support/api-journeys.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';

const CAMPAIGN = 'console-e5';
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN, name: 'Console E5' }));
}, 60_000);
afterAll(() => api?.close());

describe('The approvers’ queue in the console', () => {
  it('lists the registrations waiting, and an approver approves one in their own name', async () => {
    await registeredPartner(api, CAMPAIGN, '5100001');
    await api.project();
    const { browser } = await api.staff('amira@program.example', ['approver'], { name: 'Amira Haddad' });
    const queue = await browser.get('/console/approvals');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain('(MPN ID 5100001)');
    const registrationId = registrationIdOf(CAMPAIGN, '5100001');
    const page = await browser.get(`/console/approvals/${registrationId}`);
    expect(page.text).toContain('Agreement number');
    const done = await browser.submit(page, `/console/approvals/${registrationId}`, { decision: 'approve' });
    expect(done.path).toBe(`/console/approvals?decided=${encodeURIComponent(registrationId)}`);
    expect(done.text).toContain('You approved the registration of');

    const { events } = await readSlice(
      api.deps.store,
      registrationDecider,
      streamIds.registration(registrationId),
    );
    const approved = events.find((e) => e.type === 'RegistrationApproved');
    expect(approved?.data).toMatchObject({ approverEmail: 'amira@program.example' });
    expect(approved?.metadata.actor).toEqual({
      role: 'approver',
      id: 'amira@program.example',
      name: 'Amira Haddad',
    });
    expect(api.workflow.completed).toContainEqual(
      expect.objectContaining({ step: { kind: 'approval', registrationId } }),
    );
  });

  it('rejects only with a reason, keeping what was typed when refused', async () => {
    await registeredPartner(api, CAMPAIGN, '5100002');
    const registrationId = registrationIdOf(CAMPAIGN, '5100002');
    const { browser } = await api.staff('amira@program.example', ['approver'], { name: 'Amira Haddad' });
    const page = await browser.get(`/console/approvals/${registrationId}`);
    const refused = await browser.submit(page, `/console/approvals/${registrationId}`, {
      decision: 'reject',
      reason: '   ',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Give the partner a reason for rejecting the registration.');
    const rejected = await browser.submit(refused, `/console/approvals/${registrationId}`, {
      decision: 'reject',
      reason: 'INV-5100002 is not one of your sales.',
    });
    expect(rejected.text).toContain('You rejected the registration of');
    const again = await browser.get(`/console/approvals/${registrationId}`);
    expect(again.text).toContain('Reason: INV-5100002 is not one of your sales.');
  });

  it('says the decision is already made when a second approver comes too late', async () => {
    await registeredPartner(api, CAMPAIGN, '5100003');
    const registrationId = registrationIdOf(CAMPAIGN, '5100003');
    const first = await api.staff('first@program.example', ['approver']);
    const second = await api.staff('second@program.example', ['approver']);
    const [one, two] = await Promise.all([
      first.browser.get(`/console/approvals/${registrationId}`),
      second.browser.get(`/console/approvals/${registrationId}`),
    ]);
    await first.browser.submit(one, `/console/approvals/${registrationId}`, { decision: 'approve' });
    const late = await second.browser.submit(two, `/console/approvals/${registrationId}`, {
      decision: 'approve',
    });
    expect(late.status).toBe(200);
    expect(late.text).toContain('This registration is approved.');
    expect(late.text).toContain('first@program.example');
  });

  it('is the approvers’ alone: finance and program admins are refused the pages and the decision', async () => {
    await registeredPartner(api, CAMPAIGN, '5100004');
    const registrationId = registrationIdOf(CAMPAIGN, '5100004');
    const approver = await api.staff('amira@program.example', ['approver']);
    const page = await approver.browser.get(`/console/approvals/${registrationId}`);
    for (const role of ['finance', 'program-admin'] as const) {
      const { browser } = await api.staff(`${role}-person@program.example`, [role]);
      expect((await browser.get('/console/approvals')).status).toBe(403);
      expect((await browser.get(`/console/approvals/${registrationId}`)).status).toBe(403);
      const csrf = /name="_csrf" value="([^"]*)"/.exec(page.html)?.[1] ?? '';
      const posted = await browser.post(`/console/approvals/${registrationId}`, {
        _csrf: csrf,
        decision: 'approve',
      });
      expect(posted.status).toBe(403);
    }
    const { state } = await readSlice(
      api.deps.store,
      registrationDecider,
      streamIds.registration(registrationId),
    );
    expect(state.status).toBe('pending-approval');
  });
});

describe('The history in the console', () => {
  it('shows who did what to a registration, naming the approver, and links each effect to its cause', async () => {
    const registrationId = registrationIdOf(CAMPAIGN, '5100001');
    const { browser } = await api.staff('fin@program.example', ['finance']);
    const page = await browser.get(`/console/history/registration/${registrationId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`History of registration ${registrationId}`);
    expect(page.text).toContain('Amira Haddad (approver)');
    expect(page.text).toContain('Partner 5100001');
  });

  it('finds a history from its id, and says so when an id is not of the kind chosen', async () => {
    const { browser } = await api.staff('fin@program.example', ['finance']);
    const found = await browser.get('/console/history?subject=partner&id=5100001');
    expect(found.path).toBe('/console/history/partner/5100001');
    expect(found.text).toContain('History of partner 5100001');
    const refused = await browser.get('/console/history?subject=partner&id=not-an-mpn');
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Enter an id of the kind chosen');
  });
});
