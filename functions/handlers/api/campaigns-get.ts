import * as z from 'zod';
import { CampaignTerms } from '../../../events/campaign-terms.js';
import { CampaignId, Sha256Hex, Text } from '../../../events/fields.js';
import { Instant } from '../../../events/instant.js';
import { loadCampaign } from '../../application/campaign-catalog.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/** A campaign: its terms as published, every default explicit, and the T&C version to sign. */
export const CampaignJson = z.strictObject({
  campaignId: CampaignId,
  name: Text(200),
  terms: CampaignTerms,
  termsSha256: Sha256Hex,
  publishedAt: Instant,
});

export const route = defineRoute({
  name: 'campaigns-get',
  method: 'GET',
  path: '/campaigns/{campaignId}',
  role: 'partner',
  body: 'none',
  summary: 'One campaign with its full terms and the current T&C version.',
  uses: ['event-store:read'],
  responses: {
    200: {
      description: 'The campaign.',
      body: CampaignJson,
      example: {
        campaignId: 'new-logo-fy27q1',
        name: 'New customers',
        terms: {
          campaignId: 'new-logo-fy27q1',
          name: 'New customers',
          type: 'frequency',
          currency: 'CAD',
          period: { start: '2026-07-01T04:00:00Z', end: '2026-10-01T04:00:00Z' },
          registrationDeadline: '2026-09-15T04:00:00Z',
          eligibleLicenseTypes: [],
          minUnitsPerSale: 1,
          minUnitsPerPartner: 0,
          metric: 'newCustomers',
          eligibleSkus: ['M365-BP'],
          tiers: [{ threshold: 3, amountCents: 75000 }],
          newCustomerLookbackDays: 365,
        },
        termsSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        publishedAt: '2026-06-01T12:00:00Z',
      },
    },
    401: { description: 'No valid partner session.' },
    404: { description: 'No such campaign.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, answer }) => {
    const found = await loadCampaign(deps().store, event.pathParameters?.campaignId ?? '');
    if (!found.ok) return refusalResponse(found.refusal);
    const { campaignId, terms, termsSha256, publishedAt } = found.campaign;
    return answer(200, { campaignId, name: terms.name, terms, termsSha256, publishedAt });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
