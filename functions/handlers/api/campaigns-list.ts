import * as z from 'zod';
import type { PublishedCampaign } from '../../../domain/campaigns/campaign.js';
import { openForRegistration } from '../../../domain/campaigns/catalog.js';
import { CampaignId, Sha256Hex, Text } from '../../../events/fields.js';
import { Instant } from '../../../events/instant.js';
import { loadCatalog } from '../../application/campaign-catalog.js';
import { apiHandler } from '../../http/api-handler.js';
import { instantKey, listPages, NextCursorJson } from '../../http/page-cursor.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/** A campaign open for registration, and the T&C version to sign. */
export const OpenCampaignJson = z.strictObject({
  campaignId: CampaignId,
  name: Text(200),
  type: z.enum(['dollarPerSku', 'frequency']),
  period: z.strictObject({ start: Instant, end: Instant }),
  registrationDeadline: Instant,
  termsSha256: Sha256Hex,
});

/** Soonest deadline first: a partner rarely has more than a few open, and a page is small. */
export const pages = listPages<PublishedCampaign>({
  route: 'campaigns-list',
  size: { defaultLimit: 50, maxLimit: 200 },
  key: (c) => [instantKey(c.terms.registrationDeadline), c.campaignId],
  direction: 'ascending',
});

export const route = defineRoute({
  name: 'campaigns-list',
  method: 'GET',
  path: '/campaigns',
  role: 'partner',
  body: 'none',
  summary: 'Campaigns open for registration, soonest deadline first.',
  uses: ['event-store:read'],
  request: { query: z.strictObject(pages.query) },
  paged: pages.size,
  responses: {
    200: {
      description: 'A page of the campaigns, each with the T&C version to sign.',
      body: z.strictObject({ campaigns: z.array(OpenCampaignJson), nextCursor: NextCursorJson }),
      example: {
        campaigns: [
          {
            campaignId: 'm365-e5-upsell-fy27q1',
            name: 'Microsoft 365 E5 upsell',
            type: 'dollarPerSku',
            period: { start: '2026-07-01T04:00:00Z', end: '2026-10-01T04:00:00Z' },
            registrationDeadline: '2026-09-15T04:00:00Z',
            termsSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          },
        ],
        nextCursor: null,
      },
    },
    401: { description: 'No valid partner session.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) => {
    const page = pages.requested(query);
    const { store, clock } = deps();
    const open = openForRegistration(await loadCatalog(store), clock.now());
    const { rows, nextCursor } = await pages.pageOf(open, page, (window) =>
      window.map(({ campaignId, terms, termsSha256 }) => ({
        campaignId,
        name: terms.name,
        type: terms.type,
        period: terms.period,
        registrationDeadline: terms.registrationDeadline,
        termsSha256,
      })),
    );
    return answer(200, { campaigns: rows, nextCursor });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
