import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { registrationIdOf } from '../../../events/streams.js';
import { openApiDocument } from '../../../functions/http/openapi.js';
import type { RouteSpec } from '../../../functions/http/route.js';
import { routeModules } from '../../../functions/http/route-table.js';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, logIn, publish, register, TERMS_TEXT } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';
import type { KnownValues } from '../../support/fuzz/json-mutations.js';
import { type Credentials, requestsTo } from '../../support/fuzz/route-requests.js';

/**
 * Hostile requests to every route of the OpenAPI document, through the local gateway to the real
 * handlers on DynamoDB Local: none may answer 5xx, and the harness holds every answer to the
 * schema its route documents for its status. `npm test` sends a few per route; `npm run fuzz`
 * sends FUZZ_RUNS per route and prints the statuses seen (FUZZ_SEED replays a run).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
const CAMPAIGN = 'fuzzed';
const [APPROVED, PENDING, LEAVING] = ['7000001', '7000002', '7000003'];

const routes: RouteSpec[] = routeModules.map((m) => m.route);
const document = openApiDocument(routes);
const statusesSeen = new Map<string, Map<number, number>>();

let api: ApiHarness;
let known: KnownValues;
let credentials: Credentials;
/** Logging out ends a session, so the logout route gets a session of its own to end. */
let leavingPartner: string;

/**
 * A campaign with a partner approved and one waiting, each with a sale to the same customer the
 * same day (so a fraud flag), and an inquiry: the ids the fuzz puts in paths and bodies name them.
 */
beforeAll(async () => {
  api = await startApiHarness();
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN }));
  const termsSha256 = sha256Hex(TERMS_TEXT);
  const partner = await logIn(api, APPROVED);
  leavingPartner = await logIn(api, LEAVING);
  for (const [mpnId, token] of [
    [APPROVED, partner],
    [PENDING, await logIn(api, PENDING)],
  ] as const) {
    expect((await register(api, token, CAMPAIGN, termsSha256)).status, mpnId).toBe(202);
  }
  const links = [await approvalToken(api, CAMPAIGN, APPROVED), await approvalToken(api, CAMPAIGN, PENDING)];
  await api.call('POST', `/approvals/${links[0]}`, { body: { decision: 'approve' } });
  const lines = [APPROVED, PENDING].map((mpnId) =>
    saleLine({ saleId: `S-${mpnId}`, mpnId, customerId: 'contoso', soldAt: '2026-07-15T10:00:00Z' }),
  );
  await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } });
  const inquiry = await api.call('POST', '/inquiries', {
    token: partner,
    body: { campaignId: CAMPAIGN, topic: 'missing-sale', message: 'A sale to Contoso is missing.' },
  });
  const scan = await api.call('POST', '/fraud-flags/scan', {
    token: KEYS.finance,
    body: { campaignId: CAMPAIGN },
  });
  await api.project();
  known = {
    campaignId: [CAMPAIGN],
    mpnId: [APPROVED, PENDING],
    registrationId: [APPROVED, PENDING].map((mpnId) => registrationIdOf(CAMPAIGN, mpnId)),
    token: links,
    inquiryId: [z.object({ inquiryId: z.string() }).parse(inquiry.body).inquiryId],
    flagId: z.object({ raised: z.array(z.string()) }).parse(scan.body).raised,
    saleId: lines.map((line) => line.saleId),
    termsSha256: [termsSha256],
  };
  credentials = {
    anyone: undefined,
    approver: undefined,
    partner,
    finance: KEYS.finance,
    'sales-system': KEYS.salesSystem,
    'program-admin': KEYS.programAdmin,
  };
});

// What the fuzz recorded is projected too, so that the lists it reads next hold it.
afterEach(() => api.project());

afterAll(async () => {
  await api.close();
  if (process.env.FUZZ_RUNS) printStatusesSeen();
});

function credentialsFor(route: RouteSpec): Credentials {
  return route.name === 'partners-logout' ? { ...credentials, partner: leavingPartner } : credentials;
}

function see(route: RouteSpec, status: number) {
  const seen = statusesSeen.get(route.name) ?? new Map<number, number>();
  seen.set(status, (seen.get(status) ?? 0) + 1);
  statusesSeen.set(route.name, seen);
}

function printStatusesSeen() {
  const rows = [...statusesSeen].map(([name, seen]) => {
    const statuses = [...seen].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    return `  ${name.padEnd(28)} ${statuses.join('  ')}`;
  });
  const requests = [...statusesSeen.values()]
    .flatMap((seen) => [...seen.values()])
    .reduce((a, b) => a + b, 0);
  console.log(`${requests} requests to ${statusesSeen.size} routes:\n${rows.join('\n')}`);
}

describe('Hostile requests', () => {
  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    'to %s never answer 5xx, and answer as documented',
    async (_, route) => {
      await fc.assert(
        fc.asyncProperty(requestsTo(route, document, known, credentialsFor(route)), async (request) => {
          const response = await api.call(request.method, request.path, {
            headers: request.headers,
            ...(request.body !== undefined ? { body: request.body } : {}),
          });
          see(route, response.status);
          expect(response.status, response.text.slice(0, 500)).toBeLessThan(500);
        }),
        { numRuns: RUNS, ...SEED },
      );
    },
    Math.max(30_000, RUNS * 2_000),
  );
});
