import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexKeys } from '../../../events/streams.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { logIn, publish, register } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';

const NOW = '2026-07-25T12:00:00Z';
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness(NOW);
});
afterAll(() => api.close());

const postSales = (lines: unknown[]) =>
  api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } });
const postReversals = (reversals: unknown[]) =>
  api.call('POST', '/sales/reversals', { token: KEYS.salesSystem, body: { reversals } });

type Answer = {
  accepted: number;
  duplicates: number;
  rejected: { index: number; saleId: string | null; error: { code: string } }[];
};

describe('POST /sales', () => {
  it('records every valid line of a 1,000-line batch, and reports each bad one by position and reason', async () => {
    const mpnId = '5000001';
    await postSales([saleLine({ saleId: 'B-0003', mpnId, quantity: 3 })]);
    const lines: unknown[] = Array.from({ length: 1000 }, (_, i) => {
      const saleId = `B-${String(i).padStart(4, '0')}`;
      if (i % 100 === 7) return { ...saleLine({ saleId, mpnId }), quantity: 0 };
      if (i % 100 === 8) return { ...saleLine({ saleId, mpnId }), extra: 'field' };
      if (i === 500) return saleLine({ saleId, mpnId, soldAt: '2027-01-01T00:00:00Z' });
      if (i === 3) return saleLine({ saleId, mpnId, quantity: 3 });
      return saleLine({ saleId, mpnId });
    });
    lines[999] = 'not a line';
    const response = await postSales(lines);
    expect(response.status).toBe(200);
    const answer = response.body as Answer;
    expect(answer.rejected.map((r) => [r.index, r.error.code])).toEqual([
      ...Array.from({ length: 10 }, (_, k) => [
        ...(k === 5 ? [[500, 'sold-at-in-future']] : []),
        [k * 100 + 7, 'invalid-line'],
        [k * 100 + 8, 'invalid-line'],
      ]).flat(),
      [999, 'invalid-line'],
    ]);
    expect(answer.rejected.find((r) => r.index === 7)?.saleId).toBe('B-0007');
    expect(answer.rejected.find((r) => r.index === 999)?.saleId).toBeNull();
    expect(answer.duplicates).toBe(1);
    expect(answer.accepted).toBe(1000 - 21 - 1 - 1);
    const recorded = await api.store.readIndex(indexKeys.salesOfPartner(mpnId));
    expect(recorded).toHaveLength(answer.accepted + 1);
  });

  it('answers a resent line as a duplicate and a changed one as a conflict, overwriting nothing', async () => {
    const line = saleLine({ saleId: 'C-1', mpnId: '5000002', quantity: 4 });
    expect((await postSales([line])).body).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect((await postSales([line])).body).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    const changed = (await postSales([{ ...line, quantity: 5 }])).body as Answer;
    expect(changed.rejected).toMatchObject([{ index: 0, saleId: 'C-1', error: { code: 'sale-conflict' } }]);
    const events = await api.store.readIndex(indexKeys.salesOfPartner('5000002'));
    expect(events.map((e) => (e.data as { quantity: number }).quantity)).toEqual([4]);
  });

  it('refuses a body that is not a list of 1 to 1,000 lines with 400', async () => {
    expect((await postSales([])).status).toBe(400);
    expect((await postSales(Array.from({ length: 1001 }, () => saleLine()))).status).toBe(400);
    expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines: 'x' } })).status).toBe(
      400,
    );
  });
});

describe('POST /sales/reversals', () => {
  it('takes units off a line, refuses more than it has left, and knows a resent credit note', async () => {
    await postSales([saleLine({ saleId: 'R-1', mpnId: '5000003', quantity: 10 })]);
    const reversal = { reversalId: 'CN-1', saleId: 'R-1', quantity: 4, reversedAt: '2026-07-20T00:00:00Z' };
    expect((await postReversals([reversal])).body).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [],
      deprecations: [],
    });
    expect((await postReversals([reversal])).body).toMatchObject({
      accepted: 0,
      duplicates: 1,
      rejected: [],
    });
    const changed = (await postReversals([{ ...reversal, quantity: 5 }])).body as Answer;
    expect(changed.rejected).toMatchObject([{ saleId: 'R-1', error: { code: 'reversal-conflict' } }]);
    const tooMany = (await postReversals([{ ...reversal, reversalId: 'CN-2', quantity: 7 }])).body as Answer;
    expect(tooMany.rejected).toMatchObject([
      { saleId: 'R-1', error: { code: 'reversal-exceeds-net-units' } },
    ]);
    const unknown = (await postReversals([{ ...reversal, saleId: 'NOPE' }])).body as Answer;
    expect(unknown.rejected).toMatchObject([{ saleId: 'NOPE', error: { code: 'sale-not-found' } }]);
  });

  it('counts two credit notes of one sale at the same second in the statement, each once', async () => {
    const campaignId = 'credit-notes';
    const mpnId = '5000004';
    const { termsSha256 } = await publish(api, dollarPerSkuTerms({ campaignId }));
    const partner = await logIn(api, mpnId);
    expect((await register(api, partner, campaignId, termsSha256)).status).toBe(202);
    await postSales([saleLine({ saleId: 'R-2', mpnId, sku: 'M365-E5', quantity: 10 })]);
    const creditNote = (reversalId: string) => ({
      reversalId,
      saleId: 'R-2',
      quantity: 2,
      reversedAt: '2026-07-20T00:00:00Z',
    });
    expect((await postReversals([creditNote('CN-1'), creditNote('CN-2')])).body).toMatchObject({
      accepted: 2,
    });
    expect((await postReversals([creditNote('CN-2')])).body).toMatchObject({ accepted: 0, duplicates: 1 });
    await api.project();
    const statement = await api.call('GET', `/statements/${campaignId}`, { token: partner });
    expect((statement.body as { lines: unknown[] }).lines).toEqual([
      expect.objectContaining({ saleId: 'R-2', sku: 'M365-E5', units: 6, amountCents: 24_000 }),
    ]);
  });

  it('still takes a reversal without a reversalId, once, and names it in a deprecation note', async () => {
    await postSales([saleLine({ saleId: 'R-3', mpnId: '5000005', quantity: 10 })]);
    const withoutId = { saleId: 'R-3', quantity: 1, reversedAt: '2026-07-20T00:00:00Z' };
    const batch = [{ ...withoutId, reversalId: 'CN-1' }, withoutId, { ...withoutId, saleId: 'NOPE' }];
    const first = (await postReversals(batch)).body;
    expect(first).toMatchObject({
      accepted: 2,
      rejected: [{ index: 2, error: { code: 'sale-not-found' } }],
      deprecations: [{ code: 'reversal-id-missing', indexes: [1, 2] }],
    });
    expect((await postReversals([withoutId])).body).toMatchObject({
      accepted: 0,
      duplicates: 1,
      deprecations: [{ code: 'reversal-id-missing', indexes: [0] }],
    });
  });

  it('refuses a reversalId of the form it gives reversals sent without one', async () => {
    await postSales([saleLine({ saleId: 'R-4', mpnId: '5000006', quantity: 10 })]);
    const reversal = {
      reversalId: 'at-2026-07-20T00:00:00Z',
      saleId: 'R-4',
      quantity: 1,
      reversedAt: '2026-07-21T00:00:00Z',
    };
    expect(((await postReversals([reversal])).body as Answer).rejected).toMatchObject([
      {
        index: 0,
        saleId: 'R-4',
        error: { code: 'invalid-line', details: { issues: [{ field: 'reversals.0.reversalId' }] } },
      },
    ]);
  });
});
