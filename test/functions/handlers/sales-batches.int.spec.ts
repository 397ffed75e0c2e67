import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaleLine } from '../../../events/sales.js';
import { indexKeys } from '../../../events/streams.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { saleLine } from '../../support/fixtures.js';

// Batches of several hundred lines, on an API of their own: the projector of the other sales
// routes' tests need not read them.
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
});
afterAll(() => api.close());

type Answer = {
  accepted: number;
  duplicates: number;
  rejected: { index: number; saleId: string | null; error: { code: string } }[];
};

const postSales = async (lines: unknown[]) =>
  (await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body as Answer;

describe('POST /sales, batch by batch', () => {
  it('reports, among new lines, each line sent before by position and saleId: a duplicate or a conflict', async () => {
    const mpnId = '5100001';
    const known = Array.from({ length: 150 }, (_, i) => saleLine({ saleId: `K-${i}`, mpnId, quantity: 2 }));
    expect(await postSales(known)).toMatchObject({ accepted: 150 });
    const lines = Array.from({ length: 400 }, (_, i): SaleLine => {
      const k = Math.floor(i / 40);
      if (i % 40 === 5) return known[k] as SaleLine;
      if (i % 40 === 6) return { ...(known[100 + k] as SaleLine), quantity: 3 };
      return saleLine({ saleId: `M-${i}`, mpnId });
    });
    const answer = await postSales(lines);
    expect(answer.accepted).toBe(380);
    expect(answer.duplicates).toBe(10);
    expect(answer.rejected.map((r) => [r.index, r.saleId, r.error.code])).toEqual(
      Array.from({ length: 10 }, (_, k) => [k * 40 + 6, `K-${100 + k}`, 'sale-conflict']),
    );
    expect(await api.store.readIndex(indexKeys.salesOfPartner(mpnId))).toHaveLength(530);
  });

  it('records each line once when two senders send overlapping batches at the same time', async () => {
    const mpnId = '5100002';
    const batch = (from: number) =>
      Array.from({ length: 600 }, (_, i) => saleLine({ saleId: `O-${from + i}`, mpnId, quantity: 1 }));
    const answers = await Promise.all([postSales(batch(0)), postSales(batch(300))]);
    expect(answers.map((a) => a.accepted + a.duplicates)).toEqual([600, 600]);
    expect(answers[0]?.rejected).toEqual([]);
    expect(answers[1]?.rejected).toEqual([]);
    expect(answers.reduce((sum, a) => sum + a.accepted, 0)).toBe(900);
    const recorded = await api.store.readIndex(indexKeys.salesOfPartner(mpnId));
    expect(new Set(recorded.map((e) => e.stream)).size).toBe(900);
    expect(recorded).toHaveLength(900);
  });
});
