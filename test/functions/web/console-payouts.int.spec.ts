import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payoutDecider } from '../../../domain/payouts/decide.js';
import { registrationIdOf, streamIds } from '../../../events/streams.js';
import { readSlice } from '../../../functions/application/read-slice.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import {
  CONTOSO,
  E5,
  FINANCE,
  givenFinanceProgram,
  NORTHWIND,
  AFTER_PERIOD as NOW,
  TEAMS,
} from '../../support/finance-program.js';
import type { PageClient, ReceivedPage } from '../../support/page-client.js';

let api: ApiHarness;
let finance: PageClient;

beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  finance = await givenFinanceProgram(api);
}, 120_000);
afterAll(() => api?.close());

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The rows of the statements table, each as the visible text of its cells. */
const tableCells = (page: ReceivedPage) =>
  [
    ...(/<section aria-labelledby="statements">([\s\S]*?)<\/section>/.exec(page.html)?.[1] ?? '').matchAll(
      /<tr role="row">([\s\S]*?)<\/tr>/g,
    ),
  ]
    .slice(1)
    .map((row) =>
      [...(row[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => textOf(cell[1] ?? '')),
    );

/** The rows of the statements table, each as its visible text. */
const tableRows = (page: ReceivedPage) => tableCells(page).map((cells) => cells.join(' '));

/** The Earned column of the statements table, top to bottom. */
const earned = (page: ReceivedPage) => tableCells(page).map((cells) => cells[3]);

describe('The payout report in the console', () => {
  it('shows the statements as of an instant, with their totals, each partner by name and MPN ID', async () => {
    const page = await finance.get(`/console/payouts?asOf=${NOW}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Partners 3 Statements 4 Earned (approved registrations) CAD 740.00');
    expect(page.text).toContain('Waiting for approval (paid if approved) CAD 120.00');
    expect(page.text).toContain('Projected, not closed yet CAD 740.00');
    expect(tableRows(page)).toEqual([
      'Northwind Traders MPN ID 7100001 Microsoft 365 E5 upsell Not closed yet CAD 460.00 CAD 0.00 CAD 0.00 2',
      'Contoso MPN ID 7100002 Microsoft 365 E5 upsell Not closed yet CAD 80.00 CAD 0.00 CAD 0.00 0',
      '=Pending Corp MPN ID 7100003 Microsoft 365 E5 upsell Waiting for approval CAD 120.00 if approved CAD 0.00 CAD 0.00 CAD 0.00 0',
      'Northwind Traders MPN ID 7100001 Teams Phone adoption Not closed yet CAD 200.00 CAD 0.00 CAD 0.00 3',
    ]);
  });

  it('draws the money by status and by campaign, the largest partners, and why lines earned nothing, in words', async () => {
    const page = await finance.get(`/console/payouts?asOf=${NOW}`);
    expect(page.html).toContain('id="by-stage"');
    expect(page.html).toMatch(/id="by-campaign"[\s\S]*Microsoft 365 E5 upsell[\s\S]*Teams Phone adoption/);
    expect(page.html).toMatch(/id="top-partners"[\s\S]*Northwind Traders \(MPN ID 7100001\)/);
    expect(page.html).toMatch(/id="exclusions"[\s\S]*Its SKU is not part of this campaign\./);
  });

  it('replays the statements as of an earlier instant typed on the reader’s clock (Toronto), keeping what was typed', async () => {
    // 08:15 in Toronto is 12:15 UTC: the campaigns were published, no sale was recorded yet.
    const page = await finance.get('/console/payouts?asOf=2026-07-25T08:15');
    expect(page.text).toContain('Earned (approved registrations) CAD 0.00');
    expect(page.html).toContain('value="2026-07-25T08:15:00"');
    expect(page.text).toContain('The statements as of July 25, 2026 at 8:15 a.m. EDT');
  });

  it('refuses an instant it cannot read beside the field, keeping what was typed', async () => {
    const page = await finance.get('/console/payouts?asOf=last+Tuesday');
    expect(page.status).toBe(400);
    expect(page.text).toContain('Enter a date and time, such as 2026-10-15 08:00.');
    expect(page.html).toContain('value="last Tuesday"');
  });

  it('filters by campaign and by status', async () => {
    const teams = await finance.get(`/console/payouts?asOf=${NOW}&campaignId=${TEAMS}`);
    expect(tableRows(teams)).toEqual([
      'Northwind Traders MPN ID 7100001 Teams Phone adoption Not closed yet CAD 200.00 CAD 0.00 CAD 0.00 3',
    ]);
    expect(teams.html).toMatch(/<option value="teams-phone" selected>/);
    const pending = await finance.get(`/console/payouts?asOf=${NOW}&status=pending`);
    expect(tableRows(pending).map((row) => row.slice(0, 13))).toEqual(['=Pending Corp']);
    expect(pending.text).toContain('Partners 1 Statements 1');
  });

  it('sorts by a column from the links in its heading, saying which column it is sorted by', async () => {
    const page = await finance.get(`/console/payouts?asOf=${NOW}&sort=amount&dir=desc`);
    expect(earned(page)).toEqual(['CAD 460.00', 'CAD 200.00', 'CAD 80.00', 'CAD 0.00']);
    const sorted = /<th[^>]*aria-sort="([^"]+)"[^>]*><a href="([^"]+)">([^<]+)<\/a>/.exec(page.html);
    expect(sorted?.[1]).toBe('descending');
    expect(sorted?.[3]).toBe('Earned');
    // Following the sorted column's link turns the order round.
    const again = await finance.get((sorted?.[2] ?? '').replace(/&amp;/g, '&'));
    expect(earned(again)).toEqual(['CAD 0.00', 'CAD 80.00', 'CAD 200.00', 'CAD 460.00']);
    expect(again.html).toContain('aria-sort="ascending"');
  });

  it('gives the same statements as a CSV file, with amounts as plain numbers and names defused', async () => {
    const page = await finance.get(
      `/console/payouts?asOf=${NOW}&campaignId=${E5}&sort=partner&dir=asc&format=csv`,
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(page.headers.get('content-disposition')).toBe(
      'attachment; filename="payouts-e5-upsell-20261015T120000Z.csv"',
    );
    expect(page.html.split('\r\n')).toEqual([
      'Campaign ID,Campaign,MPN ID,Company,Registration,Status,Held because,Eligible units,Count,Earned (CAD),If approved (CAD),Paid (CAD),Due (CAD),Paid lines,Excluded lines,Fraud flags not cleared',
      "e5-upsell,Microsoft 365 E5 upsell,7100003,'=Pending Corp,Waiting for approval,Waiting for approval,,3,1,0.00,120.00,0.00,0.00,1,0,0",
      'e5-upsell,Microsoft 365 E5 upsell,7100002,Contoso,Approved,Not closed yet,,2,1,80.00,80.00,0.00,0.00,1,0,0',
      'e5-upsell,Microsoft 365 E5 upsell,7100001,Northwind Traders,Approved,Not closed yet,,14,2,460.00,460.00,0.00,0.00,2,2,0',
      '',
    ]);
  });
});

/** The actor of every event of a registration's payout stream, by event type. */
async function payoutActors(campaignId: string, mpnId: string) {
  const { events } = await readSlice(
    api.deps.store,
    payoutDecider,
    streamIds.payout(registrationIdOf(campaignId, mpnId)),
  );
  return events.map((e) => [e.type, e.metadata.actor]);
}

const asFinance = { role: 'finance', id: FINANCE.email, name: FINANCE.name };
const RUN = `/console/payment-runs/${E5}`;

describe('A payment run in the console', () => {
  it('lists every campaign with what its runs have left', async () => {
    const page = await finance.get('/console/payment-runs');
    expect(page.status).toBe(200);
    expect(page.html).toContain(`href="${RUN}"`);
    expect(page.text).toContain('Teams Phone adoption 0 CAD 0.00 CAD 0.00 CAD 0.00 CAD 0.00');
  });

  it('closes the statements, in the finance person’s name, and says what it closed', async () => {
    api.clock.set('2026-10-15T13:00:00Z');
    const closed = await finance.submit(await finance.get(RUN), `${RUN}/close`, {});
    expect(closed.path).toMatch(new RegExp(`^${RUN}\\?done=close&request=`));
    expect(closed.text).toContain('You closed 3 statements, CAD 540.00 in all.');
    expect(await payoutActors(E5, NORTHWIND)).toEqual([['PayoutComputed', asFinance]]);
  });

  it('runs the payments: schedules what is due, and says what is held and why', async () => {
    api.clock.set('2026-10-15T13:05:00Z');
    const run = await finance.submit(await finance.get(RUN), `${RUN}/schedule`, {});
    expect(run.text).toContain('You scheduled 1 payment, CAD 460.00. What is held, and why, is below.');
    expect(run.text).toContain(
      'Northwind Traders MPN ID 7100001 Payment scheduled CAD 460.00 CAD 0.00 CAD 460.00',
    );
    expect(run.text).toContain(
      'Contoso MPN ID 7100002 Held: below the minimum payout, carried over CAD 80.00 CAD 0.00 CAD 80.00',
    );
    expect(await payoutActors(E5, NORTHWIND)).toEqual([
      ['PayoutComputed', asFinance],
      ['PaymentScheduled', asFinance],
    ]);
  });

  it('refuses a payment of another amount than scheduled beside the amount, keeping what was typed', async () => {
    const refused = await finance.submit(await finance.get(RUN), `${RUN}/payments`, {
      mpnId: NORTHWIND,
      amount: '400.00',
      reference: 'EFT-2026-0001',
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain(
      'The payment was not recorded: correct the form under “3. Record a payment sent”.',
    );
    expect(refused.text).toContain('The run scheduled CAD 460.00: record the amount it scheduled.');
    expect(refused.html).toContain('value="400.00"');
    expect(refused.html).toContain('value="EFT-2026-0001"');
    expect(refused.html).toContain(`<option value="${NORTHWIND}" selected>`);

    const unreadable = await finance.submit(await finance.get(RUN), `${RUN}/payments`, {
      mpnId: NORTHWIND,
      amount: 'four hundred',
      reference: 'EFT-2026-0001',
    });
    expect(unreadable.status).toBe(400);
    expect(unreadable.text).toContain('Enter the amount in dollars, at least 0.01, such as 460.00.');
    expect(unreadable.html).toContain('value="four hundred"');
    expect(await payoutActors(E5, NORTHWIND)).toHaveLength(2);
  });

  it('records a payment sent, in the finance person’s name, and the report then shows it paid', async () => {
    api.clock.set('2026-10-15T15:00:00Z');
    const paid = await finance.submit(await finance.get(RUN), `${RUN}/payments`, {
      mpnId: NORTHWIND,
      amount: '460.00',
      reference: 'EFT-2026-0001',
    });
    expect(paid.text).toContain(
      'You recorded payment EFT-2026-0001 of CAD 460.00 to Northwind Traders (MPN ID 7100001).',
    );
    expect(paid.text).toContain('Northwind Traders MPN ID 7100001 Paid CAD 460.00 CAD 460.00 CAD 0.00');
    expect((await payoutActors(E5, NORTHWIND)).at(-1)).toEqual(['PayoutIssued', asFinance]);

    const report = await finance.get(`/console/payouts?campaignId=${E5}`);
    expect(tableRows(report)[0]).toBe(
      'Northwind Traders MPN ID 7100001 Microsoft 365 E5 upsell Paid CAD 460.00 CAD 460.00 CAD 0.00 2',
    );
    expect(report.text).toContain(
      'Paid CAD 460.00 Scheduled CAD 0.00 Closed, to schedule CAD 0.00 Held CAD 80.00',
    );
  });

  it('says nothing was done when a link names a request that recorded nothing', async () => {
    const forged = await finance.get(`${RUN}?done=payment&request=someone-else`);
    expect(forged.text).toContain('Nothing changed: this payment was already recorded.');
    expect(forged.text).not.toContain('You recorded');
  });
});

describe('The finance pages refuse other roles', () => {
  const pages = ['/console/payouts', '/console/payouts?format=csv', '/console/payment-runs', RUN];
  const posts = [`${RUN}/close`, `${RUN}/schedule`, `${RUN}/payments`];

  it.each([
    ['an approver', 'approver' as const],
    ['a program admin', 'program-admin' as const],
  ])('answers %s 403 on every page and every post, and records nothing', async (_, role) => {
    const { browser } = await api.staff(`${role}@program.example`, [role]);
    for (const path of pages) expect((await browser.get(path)).status, path).toBe(403);
    const before = await payoutActors(E5, CONTOSO);
    for (const path of posts) {
      expect(
        (await browser.post(path, { mpnId: CONTOSO, amount: '80.00', reference: 'X-1' })).status,
        path,
      ).toBe(403);
    }
    expect(await payoutActors(E5, CONTOSO)).toEqual(before);
  });
});
