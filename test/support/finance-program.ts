import { expect } from 'vitest';
import { sha256Hex } from '../../functions/security/sha256.js';
import { type ApiHarness, KEYS } from './api-harness.js';
import {
  approvalToken,
  approvedPartner,
  partnerDetails,
  publish,
  register,
  registeredPartner,
  TERMS_TEXT,
} from './api-journeys.js';
import { dollarPerSkuTerms, saleLine } from './fixtures.js';

/** A program for finance's pages to read: two campaigns, three partners, their sales. */
export const E5 = 'e5-upsell';
export const TEAMS = 'teams-phone';
/** Earns CAD 460.00 in E5 (10 E5, 4 E3, and two SKUs outside its rate card) and CAD 200.00 in Teams Phone; has payment details. */
export const NORTHWIND = '7100001';
/** Earns CAD 80.00 in E5: below the minimum payout of CAD 200.00. */
export const CONTOSO = '7100002';
/** Waiting for approval in E5, CAD 120.00 if approved; its name would run as a formula in a spreadsheet. */
export const PENDING = '7100003';
/** The sales are recorded then; the program is read after the campaigns' period. */
export const SOLD_AT = '2026-07-25T12:30:00Z';
export const AFTER_PERIOD = '2026-10-15T12:00:00Z';
export const FINANCE = { email: 'fran@program.example', name: 'Fran Finance' };

const sell = async (api: ApiHarness, lines: ReturnType<typeof saleLine>[]) =>
  expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body).toMatchObject(
    { accepted: lines.length },
  );

/**
 * The program above, built through the API on a harness started on 2026-07-25 at noon, its read
 * models up to date, the clock at AFTER_PERIOD; and finance signed in to the console.
 */
export async function givenFinanceProgram(api: ApiHarness) {
  await publish(api, dollarPerSkuTerms({ campaignId: E5, name: 'Microsoft 365 E5 upsell' }));
  await publish(
    api,
    dollarPerSkuTerms({
      campaignId: TEAMS,
      name: 'Teams Phone adoption',
      rateCard: [{ sku: 'TEAMS-PHONE', amountCents: 4000 }],
    }),
  );
  const northwind = await approvedPartner(api, E5, NORTHWIND, {
    ...partnerDetails(NORTHWIND),
    companyName: 'Northwind Traders',
  });
  expect((await register(api, northwind, TEAMS, sha256Hex(TERMS_TEXT))).status).toBe(202);
  const link = await approvalToken(api, TEAMS, NORTHWIND);
  expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } })).status).toBe(200);
  const profile = {
    legalName: 'Northwind Traders Inc.',
    remittanceEmail: 'ap@northwind.example',
    bankReference: 'NW-PAYEE-7',
  };
  expect(
    (await api.call('PUT', '/partners/payment-profile', { token: northwind, body: profile })).status,
  ).toBe(200);
  await approvedPartner(api, E5, CONTOSO, { ...partnerDetails(CONTOSO), companyName: 'Contoso' });
  await registeredPartner(api, E5, PENDING, { ...partnerDetails(PENDING), companyName: '=Pending Corp' });
  api.clock.set(SOLD_AT);
  const sale = (saleId: string, mpnId: string, sku: string, quantity: number, soldAt: string) =>
    saleLine({ saleId, mpnId, sku, quantity, soldAt });
  await sell(api, [
    sale('N-1', NORTHWIND, 'M365-E5', 10, '2026-07-20T14:00:00Z'),
    sale('N-2', NORTHWIND, 'M365-E3', 4, '2026-07-21T14:00:00Z'),
    sale('N-3', NORTHWIND, 'XBOX', 1, '2026-07-22T14:00:00Z'),
    sale('N-4', NORTHWIND, 'TEAMS-PHONE', 5, '2026-07-22T15:00:00Z'),
    sale('C-1', CONTOSO, 'M365-E5', 2, '2026-07-23T14:00:00Z'),
    sale('P-1', PENDING, 'M365-E5', 3, '2026-07-24T14:00:00Z'),
  ]);
  api.clock.set(AFTER_PERIOD);
  await api.project();
  const { browser } = await api.staff(FINANCE.email, ['finance'], { name: FINANCE.name });
  return browser;
}
