import * as z from 'zod';
import { PublishedTerms } from '../../../events/campaign-terms.js';
import { TermsText } from '../../../events/campaigns.js';
import { CampaignId, multiLine, Sha256Hex } from '../../../events/fields.js';
import { publishCampaign } from '../../application/publish-campaign.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const PublishBody = z.strictObject({ terms: PublishedTerms, termsText: multiLine(TermsText) });

/** The campaign and its current T&C version: the one partners sign. */
export const PublishedJson = z.strictObject({ campaignId: CampaignId, termsSha256: Sha256Hex });

export const route = defineRoute({
  name: 'admin-campaigns',
  method: 'POST',
  path: '/admin/campaigns',
  role: 'program-admin',
  body: 'json',
  summary:
    'Publish a campaign with its terms and T&C text; the same text again changes nothing, a new text is a T&C revision.',
  uses: ['event-store:append'],
  request: {
    body: PublishBody,
    example: {
      body: {
        terms: {
          campaignId: 'm365-e5-upsell-fy27q1',
          name: 'Microsoft 365 E5 upsell',
          type: 'dollarPerSku',
          currency: 'CAD',
          period: { start: '2026-07-01T04:00:00Z', end: '2026-10-01T04:00:00Z' },
          registrationDeadline: '2026-09-15T04:00:00Z',
          eligibleLicenseTypes: ['Open', 'OpenValue'],
          rateCard: [{ sku: 'M365-E5', amountCents: 4000 }],
          maxUnitsPerPartner: 500,
        },
        termsText: 'Terms and conditions of the Microsoft 365 E5 upsell campaign...',
      },
    },
  },
  responses: {
    201: {
      description: 'Published (or its T&Cs revised).',
      body: PublishedJson,
      example: {
        campaignId: 'm365-e5-upsell-fy27q1',
        termsSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
    },
    200: { description: 'Already published exactly so: nothing changed.', body: PublishedJson },
    400: { description: 'The terms are not valid (each wrong field is named).' },
    401: { description: 'No program-admin credentials.' },
    409: {
      description: 'The campaign exists with other terms (terms never change; publish a new campaign).',
    },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, metadata, answer }) => {
    const published = await publishCampaign(deps(), body, metadata);
    if (!published.ok) return refusalResponse(published.refusal);
    const { campaignId, termsSha256, changed } = published;
    return answer(changed ? 201 : 200, { campaignId, termsSha256 });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
