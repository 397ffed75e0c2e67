import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffDecider } from '../../../domain/staff/staff-member.js';
import { streamIds } from '../../../events/streams.js';
import { loadCampaign } from '../../../functions/application/campaign-catalog.js';
import { readSlice } from '../../../functions/application/read-slice.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, approvedPartner, publish, registeredPartner } from '../../support/api-journeys.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';
import type { PageClient } from '../../support/page-client.js';

const NOW = '2026-07-25T12:00:00Z';
const ADMIN = 'ada@program.example';
const ADMIN_ACTOR = { role: 'program-admin', id: ADMIN, name: 'Ada Admin' };

let api: ApiHarness;
let admin: PageClient;

beforeAll(async () => {
  api = await startApiHarness(NOW);
  admin = (await api.staff(ADMIN, ['program-admin'], { name: 'Ada Admin' })).browser;
}, 60_000);
afterAll(() => api?.close());

/** A new Dollar per SKU campaign as an admin types it into the form (times are Toronto's). */
const campaignForm = (changes: Record<string, string> = {}) => ({
  campaignId: 'e5-fall',
  name: 'Microsoft 365 E5, fall',
  type: 'dollarPerSku',
  periodStart: '2026-08-01T00:00',
  periodEnd: '2026-11-01T00:00',
  registrationDeadline: '2026-10-15T00:00',
  rateCard: 'M365-E5 40.00\r\nM365-E3 15.00',
  maxUnitsPerPartner: '500',
  metric: 'transactions',
  eligibleSkus: '',
  tiers: '',
  newCustomerLookbackDays: '',
  eligibleLicenseTypes: 'Open OpenValue',
  minUnitsPerSale: '',
  minUnitsPerPartner: '',
  maxPayout: '20000.00',
  termsText: 'Terms of the fall E5 campaign.\r\nSell, report truthfully, and be paid per the rate card.',
  ...changes,
});

const campaignEvents = async (campaignId: string) =>
  (await api.deps.store.readStream(streamIds.campaign(campaignId))).events;

describe('Publishing a campaign from the console', () => {
  it('previews the campaign as partners will read it, in each language, and records nothing yet', async () => {
    const form = await admin.get('/console/campaigns/new');
    expect(form.status).toBe(200);
    expect(form.text).toContain('Dates and times are those of Eastern Time (Toronto, Ottawa, Montréal).');
    const preview = await admin.submit(form, '/console/campaigns/new', {
      ...campaignForm(),
      action: 'preview',
    });
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('Preview of Microsoft 365 E5, fall');
    expect(preview.text).toContain('In English Microsoft 365 E5, fall An amount for each unit sold');
    expect(preview.text).toContain('Register by October 15, 2026 at 12:00 a.m. EDT.');
    expect(preview.text).toContain('M365-E5 CAD 40.00');
    expect(preview.text).toContain('Licensing programs that count: Open and OpenValue.');
    expect(preview.text).toContain('At most CAD 20,000.00 for each partner.');
    expect(preview.text).toContain('At most 500 units count for each partner.');
    expect(preview.text).toContain('In French Microsoft 365 E5, fall Un montant pour chaque unité vendue');
    expect(preview.text).toContain('Sell, report truthfully, and be paid per the rate card.');
    expect(preview.html).toContain('<div lang="fr">');
    expect(await campaignEvents('e5-fall')).toEqual([]);
  });

  it('speaks French to an admin who reads it, and reads amounts as French writes them', async () => {
    const { browser: french } = await api.staff('alix@program.example', ['program-admin'], {
      name: 'Alix Gagnon',
      acceptLanguage: 'fr-CA,fr;q=0.9',
    });
    const form = await french.get('/console/campaigns/new');
    expect(form.text).toContain('Publier une campagne');
    const refused = await french.submit(form, '/console/campaigns/new', {
      ...campaignForm({ campaignId: 'e5-fr', rateCard: 'M365-E5 quarante' }),
      action: 'preview',
    });
    // The page's text has its spaces collapsed; the message itself keeps French's non-breaking ones.
    expect(refused.html).toContain('Ligne 1, «\u00a0M365-E5 quarante\u00a0»\u00a0: écrivez un SKU');
    const preview = await french.submit(form, '/console/campaigns/new', {
      ...campaignForm({ campaignId: 'e5-fr', rateCard: 'M365-E5 40,00' }),
      action: 'preview',
    });
    expect(preview.text).toContain('En français Microsoft 365 E5, fall Un montant pour chaque unité vendue');
    expect(preview.text).toContain('M365-E5 40,00 CAD');
  });

  it('publishes what was previewed, in the admin’s name, and the campaign’s page says so', async () => {
    const form = await admin.get('/console/campaigns/new');
    const preview = await admin.submit(form, '/console/campaigns/new', {
      ...campaignForm(),
      action: 'preview',
    });
    const published = await admin.submit(preview, '/console/campaigns/new', {
      ...campaignForm(),
      action: 'publish',
    });
    expect(published).toMatchObject({ status: 200, path: '/console/campaigns/e5-fall?published=1' });
    expect(published.text).toContain('You published this campaign on July 25, 2026');
    const [event] = await campaignEvents('e5-fall');
    expect(event?.type).toBe('CampaignPublished');
    expect(event?.metadata.actor).toEqual(ADMIN_ACTOR);
    const found = await loadCampaign(api.deps.store, 'e5-fall');
    expect(found.ok && found.campaign.terms).toMatchObject({
      period: { start: '2026-08-01T04:00:00Z', end: '2026-11-01T04:00:00Z' },
      registrationDeadline: '2026-10-15T04:00:00Z',
      rateCard: [
        { sku: 'M365-E5', amountCents: 4000 },
        { sku: 'M365-E3', amountCents: 1500 },
      ],
      maxPayoutCentsPerPartner: 2_000_000,
    });
    expect(found.ok && found.campaign.termsText).toBe(
      'Terms of the fall E5 campaign.\nSell, report truthfully, and be paid per the rate card.',
    );
  });

  it('refuses a form it cannot read, each error beside its field, everything typed kept, nothing recorded', async () => {
    const form = await admin.get('/console/campaigns/new');
    const typed = campaignForm({
      campaignId: 'e5-refused',
      rateCard: 'M365-E5 40.00\r\nM365-E3 forty',
      registrationDeadline: '2026-11-02T00:00',
    });
    const refused = await admin.submit(form, '/console/campaigns/new', { ...typed, action: 'preview' });
    expect(refused.status).toBe(400);
    expect(refused.html).toMatch(
      /id="rateCard-error">Line 2, “M365-E3 forty”: write a SKU, a space, then the amount per unit in dollars/,
    );
    expect(refused.html).toContain(
      'id="registrationDeadline-error">The registration deadline cannot be after the end of the period.',
    );
    expect(refused.html).toContain('value="e5-refused"');
    expect(refused.html).toContain('value="2026-11-02T00:00"');
    expect(refused.html).toContain('M365-E5 40.00\r\nM365-E3 forty</textarea>');
    expect(refused.html).toContain('value="20000.00"');
    const published = await admin.submit(form, '/console/campaigns/new', { ...typed, action: 'publish' });
    expect(published.status).toBe(400);
    expect(await campaignEvents('e5-refused')).toEqual([]);
  });

  it('refuses to publish other terms under the id of a published campaign, beside the id', async () => {
    await publish(api, dollarPerSkuTerms({ campaignId: 'taken' }));
    const form = await admin.get('/console/campaigns/new');
    const refused = await admin.submit(form, '/console/campaigns/new', {
      ...campaignForm({ campaignId: 'taken' }),
      action: 'publish',
    });
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('id="campaignId-error">A campaign with this id is already published');
    expect(await campaignEvents('taken')).toHaveLength(1);
  });

  it('revises the T&C text of a campaign from its page, in the admin’s name', async () => {
    await publish(api, dollarPerSkuTerms({ campaignId: 'revised' }), 'First text.');
    const page = await admin.get('/console/campaigns/revised');
    const same = await admin.submit(page, '/console/campaigns/revised/terms', { termsText: 'First text.' });
    expect(same.status).toBe(409);
    expect(same.html).toContain('id="termsText-error">This is already the current text.');
    const revised = await admin.submit(page, '/console/campaigns/revised/terms', {
      termsText: 'Second text,\r\nwith two lines.',
    });
    expect(revised.path).toBe('/console/campaigns/revised?revised=1');
    expect(revised.text).toMatch(
      /You revised its Terms and Conditions on .*: partners who register from now on sign version [0-9a-f]{12}\./,
    );
    expect(revised.text).toContain('Second text, with two lines.');
    const events = await campaignEvents('revised');
    expect(events.map((e) => e.type)).toEqual(['CampaignPublished', 'CampaignTermsRevised']);
    expect(events[1]?.metadata.actor).toEqual(ADMIN_ACTOR);
  });
});

describe('The campaigns and their registrations', () => {
  beforeAll(async () => {
    await publish(api, dollarPerSkuTerms({ campaignId: 'followed', name: 'Followed campaign' }));
    await registeredPartner(api, 'followed', '8300001');
    await approvedPartner(api, 'followed', '8300002');
    await registeredPartner(api, 'followed', '8300003');
    const link = await approvalToken(api, 'followed', '8300003');
    const rejected = await api.call('POST', `/approvals/${link}`, {
      body: { decision: 'reject', reason: 'The agreement was sold before the program began.' },
    });
    expect(rejected.status).toBe(200);
    await api.project();
  }, 60_000);

  it('lists every campaign with its kind, dates, where it stands and its registrations by status', async () => {
    const list = await admin.get('/console/campaigns');
    expect(list.status).toBe(200);
    expect(list.html).toContain('href="/console/campaigns/followed"');
    expect(list.html).toContain('href="/console/campaigns/new"');
    expect(list.text).toContain(
      'Followed campaign An amount for each unit sold July 1, 2026 to October 1, 2026 September 15, 2026 at 12:00 a.m. EDT Open for registration 1 waiting for approval, 1 approved and 1 rejected',
    );
  });

  it('shows a campaign’s registrations: the partner, the status, who decided when and why, and a link to the history', async () => {
    const page = await admin.get('/console/campaigns/followed');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Open for registration until September 15, 2026 at 12:00 a.m. EDT');
    expect(page.text).toContain('Partner 8300001 (MPN ID 8300001) Waiting for approval');
    expect(page.text).toMatch(/Partner 8300002 \(MPN ID 8300002\) Approved .* by approver@program\.example/);
    expect(page.text).toContain('Rejected');
    expect(page.text).toContain('The agreement was sold before the program began.');
    expect(page.html).toContain('href="/console/history/registration/followed--8300003"');
    expect(page.text).toContain('M365-E5 CAD 40.00');
  });

  it('says so of a campaign that does not exist', async () => {
    const page = await admin.get('/console/campaigns/nothing-here');
    expect(page.status).toBe(404);
  });
});

describe('The staff directory in the console', () => {
  const rolesOf = async (email: string) => {
    const { state } = await readSlice(api.deps.store, staffDecider, streamIds.staffMember(email));
    return state.status === 'member' ? state.roles : undefined;
  };

  it('lists everyone with their roles', async () => {
    await api.staff('fin@program.example', ['finance'], { name: 'Fin Ance' });
    const page = await admin.get('/console/staff');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ada Admin ada@program.example Roles: program admin.');
    expect(page.text).toContain('Fin Ance fin@program.example Roles: finance.');
  });

  it('adds a person, whose account the identity service then holds with their roles', async () => {
    const page = await admin.get('/console/staff');
    const added = await admin.submit(page, '/console/staff', {
      email: 'Nadia@Program.example',
      name: 'Nadia Tremblay',
      'role-approver': 'yes',
      'role-finance': 'yes',
    });
    expect(added.path).toBe('/console/staff?saved=nadia%40program.example');
    expect(added.text).toContain(
      'Nadia Tremblay (nadia@program.example) now has these roles: approver and finance.',
    );
    expect(api.signIn.pool.get('nadia@program.example')).toMatchObject({
      enabled: true,
      groups: expect.arrayContaining(['approver', 'finance']),
    });
    const { events } = await readSlice(
      api.deps.store,
      staffDecider,
      streamIds.staffMember('nadia@program.example'),
    );
    expect(events.map((e) => [e.type, e.metadata.actor])).toEqual([['StaffMemberAdded', ADMIN_ACTOR]]);
  });

  it('refuses to add a person without a role or with an address it cannot read, keeping what was typed', async () => {
    const page = await admin.get('/console/staff');
    const noRole = await admin.submit(page, '/console/staff', {
      email: 'omar@program.example',
      name: 'Omar',
    });
    expect(noRole.status).toBe(409);
    expect(noRole.html).toContain('id="roles-error">Give at least one role.');
    expect(noRole.html).toContain('value="omar@program.example"');
    const badEmail = await admin.submit(page, '/console/staff', {
      email: 'omar at program',
      name: 'Omar',
      'role-finance': 'yes',
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.html).toContain('id="email-error">Enter an email address');
    expect(badEmail.html).toMatch(/name="role-finance" value="yes" checked/);
    expect(await rolesOf('omar@program.example')).toBeUndefined();
  });

  it('changes a person’s roles, and taking them all away removes them from the staff', async () => {
    await api.staff('sam@program.example', ['approver'], { name: 'Sam' });
    const page = await admin.get('/console/staff');
    const changed = await admin.submit(page, '/console/staff/roles', {
      email: 'sam@program.example',
      'role-finance': 'yes',
    });
    expect(changed.text).toContain('Sam (sam@program.example) now has these roles: finance.');
    expect(await rolesOf('sam@program.example')).toEqual(['finance']);
    expect(api.signIn.pool.get('sam@program.example')?.groups).toEqual(['finance']);
    const removed = await admin.submit(changed, '/console/staff/roles', { email: 'sam@program.example' });
    expect(removed.text).toContain('Sam (sam@program.example) now has no role, and can no longer sign in.');
    expect(await rolesOf('sam@program.example')).toEqual([]);
    expect(api.signIn.pool.get('sam@program.example')?.enabled).toBe(false);
  });

  it('refuses an admin taking away their own admin role, beside their roles, as they ticked them', async () => {
    const page = await admin.get('/console/staff');
    const refused = await admin.submit(page, '/console/staff/roles', {
      email: ADMIN,
      'role-approver': 'yes',
    });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain(
      'You cannot take away your own program admin role. Another program admin can.',
    );
    expect(refused.html).toMatch(/name="role-approver" value="yes" checked aria-invalid="true"/);
    expect(await rolesOf(ADMIN)).toEqual(['program-admin']);
  });
});

describe('The program admin’s pages, for anyone else', () => {
  const pages: [method: 'GET' | 'POST', path: string][] = [
    ['GET', '/console/campaigns'],
    ['GET', '/console/campaigns/new'],
    ['POST', '/console/campaigns/new'],
    ['GET', '/console/campaigns/followed'],
    ['POST', '/console/campaigns/followed/terms'],
    ['GET', '/console/staff'],
    ['POST', '/console/staff'],
    ['POST', '/console/staff/roles'],
  ];

  it.each([['finance'], ['approver']] as const)('are refused to %s', async (role) => {
    const { browser } = await api.staff(`only-${role}@program.example`, [role]);
    const home = await browser.get('/console');
    for (const [method, path] of pages) {
      const page =
        method === 'GET'
          ? await browser.get(path)
          : await browser.post(path, { _csrf: /name="_csrf" value="([^"]*)"/.exec(home.html)?.[1] ?? '' });
      expect(page.status, `${method} ${path}`).toBe(403);
      expect(page.text, `${method} ${path}`).toContain(
        'do not include the one this page is for (program admin)',
      );
    }
  });
});
