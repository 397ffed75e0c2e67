import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../domain/durations.js';
import { addMs } from '../../../events/instant.js';
import { registrationIdOf } from '../../../events/streams.js';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, logIn, publish, register, TERMS_TEXT } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';

/**
 * Every list route pages (docs/http-api.md, "Pages"): walked page by page from its first page to
 * the `nextCursor` that is null, it lists every item once, in its order, the very items one page
 * of the most holds; an item added between two pages never makes another be skipped or repeated.
 */

const NOW = '2026-07-25T12:00:00Z';

// Eleven campaigns, their deadlines two by two the same (a tie is broken by the campaign's id).
const CAMPAIGNS = Array.from({ length: 11 }, (_, i) => `pages-${String(i + 1).padStart(2, '0')}`);
const deadlineOf = (i: number) =>
  `2026-09-${String(10 + Math.floor((CAMPAIGNS.length - 1 - i) / 2))}T04:00:00Z`;
const [FIRST = ''] = CAMPAIGNS;
const PARTNER = '6400005';
const OTHERS = ['6400003', '6400001', '6400007', '6400002'];
let api: ApiHarness;
let partner: string;
const tokens = new Map<string, string>();

type Listed = Record<string, unknown> & { nextCursor: string | null };

/**
 * Every page of a route's list, from the first, with `limit` a page (the route's default without
 * one); `between` runs once, after the first page.
 */
async function walk(
  path: string,
  items: string,
  token: string,
  limit?: number,
  between?: () => Promise<void>,
) {
  const bodies: Listed[] = [];
  let cursor: string | null | undefined;
  do {
    const query = new URLSearchParams(path.split('?')[1]);
    if (limit !== undefined) query.set('limit', String(limit));
    if (cursor) query.set('cursor', cursor);
    const response = await api.call('GET', `${path.split('?')[0]}?${query}`, { token });
    expect(response.status).toBe(200);
    const body = response.body as Listed;
    bodies.push(body);
    cursor = body.nextCursor;
    if (cursor && between && bodies.length === 1) await between();
  } while (cursor);
  const pages = bodies.map((body) => body[items] as unknown[]);
  return { bodies, pages, all: pages.flat() };
}

const finance = (method: string, path: string, body?: unknown) =>
  api.call(method, path, { token: KEYS.finance, ...(body !== undefined ? { body } : {}) });

async function registerAndApprove(mpnId: string, campaignId: string) {
  const token = tokens.get(mpnId) ?? (await logIn(api, mpnId));
  tokens.set(mpnId, token);
  expect((await register(api, token, campaignId, sha256Hex(TERMS_TEXT))).status).toBe(202);
  const link = await approvalToken(api, campaignId, mpnId);
  expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } })).status).toBe(200);
  return token;
}

const raiseInquiry = (token: string, message: string) =>
  api.call('POST', '/inquiries', { token, body: { campaignId: FIRST, topic: 'missing-sale', message } });

/**
 * The partner registers for the eleven campaigns a minute apart, but for the last two at the same
 * minute; four other partners register for the first campaign, which has sales and is closed. The
 * partner asks five questions, three of them at the same instant, and the others one each.
 */
beforeAll(async () => {
  api = await startApiHarness(NOW);
  for (const [i, campaignId] of CAMPAIGNS.entries()) {
    await publish(api, dollarPerSkuTerms({ campaignId, registrationDeadline: deadlineOf(i) }));
  }
  for (const [i, campaignId] of CAMPAIGNS.entries()) {
    api.clock.set(addMs(NOW, Math.min(i, CAMPAIGNS.length - 2) * 60_000));
    partner = await registerAndApprove(PARTNER, campaignId);
  }
  for (const mpnId of OTHERS) await registerAndApprove(mpnId, FIRST);
  const lines = [PARTNER, ...OTHERS].map((mpnId, i) =>
    saleLine({ saleId: `PG-${mpnId}`, mpnId, quantity: i + 1, soldAt: '2026-07-20T00:00:00Z' }),
  );
  expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body).toMatchObject(
    {
      accepted: lines.length,
    },
  );
  expect((await finance('POST', '/payouts/close', { campaignId: FIRST })).status).toBe(200);
  for (const [i, question] of ['one', 'two', 'three', 'four', 'five'].entries()) {
    api.clock.set(addMs(NOW, HOUR_MS + Math.min(i, 2) * 60_000));
    expect((await raiseInquiry(partner, `Question ${question}`)).status).toBe(201);
  }
  for (const mpnId of OTHERS) {
    expect((await raiseInquiry(tokens.get(mpnId) ?? '', `From ${mpnId}`)).status).toBe(201);
  }
  api.clock.set(addMs(NOW, 2 * HOUR_MS));
  await api.project();
});
afterAll(() => api.close());

/**
 * Walks of one, two and three items a page list the very items of one page of the most, in the
 * same order, each once, every page full but the last.
 */
async function expectEveryWalkTheSame<Item>(
  path: string,
  items: string,
  token: string,
  idOf: (item: Item) => string,
) {
  const whole = await walk(path, items, token, 50);
  expect(whole.pages).toHaveLength(1);
  const ids = (whole.all as Item[]).map(idOf);
  expect(new Set(ids).size).toBe(ids.length);
  for (const limit of [1, 2, 3]) {
    const walked = await walk(path, items, token, limit);
    expect((walked.all as Item[]).map(idOf)).toEqual(ids);
    expect(walked.pages.map((page) => page.length)).toEqual(
      Array.from({ length: Math.ceil(ids.length / limit) }, (_, i) =>
        Math.min(limit, ids.length - i * limit),
      ),
    );
  }
  return ids;
}

describe('Partner lists', () => {
  it('GET /campaigns: soonest deadline first, a tie by campaign id', async () => {
    const ids = await expectEveryWalkTheSame(
      '/campaigns',
      'campaigns',
      partner,
      (c: { campaignId: string }) => c.campaignId,
    );
    expect(ids).toEqual([
      'pages-10',
      'pages-11',
      'pages-08',
      'pages-09',
      'pages-06',
      'pages-07',
      'pages-04',
      'pages-05',
      'pages-02',
      'pages-03',
      'pages-01',
    ]);
  });

  it('GET /registrations: newest first, the two of the same minute by id', async () => {
    const ids = await expectEveryWalkTheSame(
      '/registrations',
      'registrations',
      partner,
      (r: { registrationId: string }) => r.registrationId,
    );
    const newestFirst = [...CAMPAIGNS].reverse().map((c) => registrationIdOf(c, PARTNER));
    expect(ids).toEqual(newestFirst);
  });

  it('GET /statements: by campaign, ten a page unless asked', async () => {
    const ids = await expectEveryWalkTheSame(
      '/statements',
      'statements',
      partner,
      (s: { campaignId: string }) => s.campaignId,
    );
    expect(ids).toEqual(CAMPAIGNS);
    const byDefault = await walk('/statements', 'statements', partner);
    expect(byDefault.pages.map((page) => page.length)).toEqual([10, 1]);
  });

  it('GET /inquiries: newest first, those of the same instant by id', async () => {
    const ids = await expectEveryWalkTheSame(
      '/inquiries',
      'inquiries',
      partner,
      (i: { inquiryId: string }) => i.inquiryId,
    );
    const listed = (await walk('/inquiries', 'inquiries', partner, 200)).all as {
      inquiryId: string;
      message: string;
    }[];
    expect(listed.map((i) => i.inquiryId)).toEqual(ids);
    const sameInstant = listed.slice(0, 3);
    expect(sameInstant.map((i) => i.message).sort()).toEqual([
      'Question five',
      'Question four',
      'Question three',
    ]);
    expect(sameInstant.map((i) => i.inquiryId)).toEqual(ids.slice(0, 3).sort().reverse());
    expect(listed.slice(3).map((i) => i.message)).toEqual(['Question two', 'Question one']);
  });
});

describe('Finance lists', () => {
  it('GET /finance/inquiries: every partner’s, newest first', async () => {
    const ids = await expectEveryWalkTheSame(
      '/finance/inquiries',
      'inquiries',
      KEYS.finance,
      (i: { inquiryId: string }) => i.inquiryId,
    );
    expect(ids).toHaveLength(5 + OTHERS.length);
  });

  it('GET /payouts: one entry per closed registration, by registration', async () => {
    const ids = await expectEveryWalkTheSame(
      `/payouts?campaignId=${FIRST}`,
      'payouts',
      KEYS.finance,
      (p: { mpnId: string }) => p.mpnId,
    );
    expect(ids).toEqual([PARTNER, ...OTHERS].sort());
  });

  it('GET /reports/payouts: by campaign and partner, the total of every statement on every page', async () => {
    const ids = await expectEveryWalkTheSame(
      `/reports/payouts?campaignId=${FIRST}`,
      'statements',
      KEYS.finance,
      (s: { mpnId: string }) => s.mpnId,
    );
    expect(ids).toEqual([PARTNER, ...OTHERS].sort());
    const { bodies, all } = await walk(`/reports/payouts?campaignId=${FIRST}`, 'statements', KEYS.finance, 2);
    const total = (all as { amountCents: number }[]).reduce((sum, s) => sum + s.amountCents, 0);
    expect(total).toBeGreaterThan(0);
    expect(bodies.map((body) => body.totalCents)).toEqual(bodies.map(() => total));
  });
});

describe('Items added between two pages', () => {
  it('never make an item listed before be skipped or repeated: newer inquiries come before the cursor', async () => {
    const before = (await walk('/finance/inquiries', 'inquiries', KEYS.finance, 200)).all as {
      inquiryId: string;
    }[];
    const walked = await walk('/finance/inquiries', 'inquiries', KEYS.finance, 3, async () => {
      expect((await raiseInquiry(partner, 'Asked while finance reads')).status).toBe(201);
      await api.project();
    });
    const ids = (walked.all as { inquiryId: string }[]).map((i) => i.inquiryId);
    expect(ids).toEqual(before.map((i) => i.inquiryId));
  });

  it('list a registration added after the cursor, and none twice', async () => {
    const path = `/reports/payouts?campaignId=${FIRST}`;
    const before = (await walk(path, 'statements', KEYS.finance, 200)).all as { mpnId: string }[];
    const walked = await walk(path, 'statements', KEYS.finance, 2, async () => {
      await registerAndApprove('6400000', FIRST);
      await registerAndApprove('6400009', FIRST);
      await api.project();
    });
    const ids = (walked.all as { mpnId: string }[]).map((s) => s.mpnId);
    expect(ids).toEqual([...before.map((s) => s.mpnId), '6400009']);
  });
});
