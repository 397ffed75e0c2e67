import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, logIn, publish, register, TERMS_TEXT } from '../../support/api-journeys.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';

let api: ApiHarness;
const lines: string[] = [];

beforeAll(async () => {
  api = await startApiHarness();
  process.env.LOG_LEVEL = 'info';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  process.env.LOG_LEVEL = 'silent';
  await api.close();
});

describe('The logs of a whole partner journey through the API', () => {
  it('hold one JSON line per request with its correlation id, and no access code, session token or approval link', async () => {
    await publish(api, dollarPerSkuTerms({ campaignId: 'secrets' }));
    const session = await logIn(api, '6300001');
    const code = /^Access code: (\S+)$/m.exec(api.mailer.outbox.at(-1)?.text ?? '')?.[1] as string;
    await register(api, session, 'secrets', sha256Hex(TERMS_TEXT));
    const link = await approvalToken(api, 'secrets', '6300001');
    await api.call('GET', `/approvals/${link}`);
    await api.call('POST', `/approvals/${link}`, {
      body: { decision: 'approve' },
      headers: { 'x-correlation-id': 'trace-me-42' },
    });

    const entries = lines
      .flatMap((l) => l.split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.message === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(6);
    for (const entry of requests) expect(entry.correlationId).toEqual(expect.any(String));
    expect(requests.some((e) => e.correlationId === 'trace-me-42' && e.route === 'approvals-post')).toBe(
      true,
    );
    const everything = lines.join('');
    for (const secret of [code, session, link, link.split('.')[1] as string])
      expect(everything).not.toContain(secret);
  });
});
