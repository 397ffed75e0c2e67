import { ScanCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeModules } from '../../../functions/http/route-table.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { logIn, publish } from '../../support/api-journeys.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';

let api: ApiHarness;
let partnerToken: string;
// Logging out records the session's end once, whatever else comes with it: fuzzed with a session
// already ended, it must record nothing more.
let loggedOutToken: string;

beforeAll(async () => {
  api = await startApiHarness();
  await publish(api, dollarPerSkuTerms({ campaignId: 'fuzzed' }));
  partnerToken = await logIn(api, '7000001');
  loggedOutToken = await logIn(api, '7000002');
  expect((await api.call('POST', '/partners/session/logout', { token: loggedOutToken })).status).toBe(200);
});
afterAll(() => api.close());

async function storedItems(): Promise<number> {
  const { Count } = await api.client.send(
    new ScanCommand({ TableName: api.tableName, Select: 'COUNT', ConsistentRead: true }),
  );
  return Count ?? 0;
}

const credentialFor: Record<string, () => string | undefined> = {
  anyone: () => undefined,
  approver: () => undefined,
  partner: () => partnerToken,
  finance: () => KEYS.finance,
  'sales-system': () => KEYS.salesSystem,
  'program-admin': () => KEYS.programAdmin,
};

const pathSegment = fc.oneof(fc.string(), fc.constantFrom('fuzzed', 'fuzzed--7000001', '..', '%', ''));
const fillPath = (template: string, segment: string) =>
  template.replace(/\{\w+\}/g, () => encodeURIComponent(segment) || 'x');

describe('Arbitrary input to every route', () => {
  it.each(routeModules.map((m) => [`${m.route.method} ${m.route.path}`, m.route] as const))(
    '%s never answers 5xx and records nothing',
    async (_, route) => {
      const before = await storedItems();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.json(),
            fc.string(),
            fc.jsonValue().map((v) => JSON.stringify({ lines: [v], reversals: [v] })),
          ),
          pathSegment,
          fc.dictionary(fc.constantFrom('campaignId', 'asOf', 'format', 'x'), fc.string()),
          async (body, segment, query) => {
            const search = new URLSearchParams(query).toString();
            const response = await api.call(route.method, `${fillPath(route.path, segment)}?${search}`, {
              token: route.name === 'partners-logout' ? loggedOutToken : credentialFor[route.role]?.(),
              ...(route.method === 'POST' ? { body } : {}),
            });
            expect(response.status, `${route.method} ${route.path} answered ${response.text}`).toBeLessThan(
              500,
            );
          },
        ),
        { numRuns: 40 },
      );
      expect(await storedItems()).toBe(before);
    },
  );
});
