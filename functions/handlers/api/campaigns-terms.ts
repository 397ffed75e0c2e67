import { loadCampaign } from '../../application/campaign-catalog.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { download, TEXT } from '../../http/responses.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'campaigns-terms',
  method: 'GET',
  path: '/campaigns/{campaignId}/terms',
  role: 'partner',
  body: 'none',
  summary: 'The T&C text to sign, as a download; its SHA-256 is the version a signature names.',
  uses: ['event-store:read'],
  responses: {
    200: {
      description: 'The exact text whose SHA-256 is in `X-Terms-Sha256`.',
      contentTypes: [TEXT],
      example: 'Terms and conditions of the Microsoft 365 E5 upsell campaign...',
    },
    401: { description: 'No valid partner session.' },
    404: { description: 'No such campaign.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event }) => {
    const found = await loadCampaign(deps().store, event.pathParameters?.campaignId ?? '');
    if (!found.ok) return refusalResponse(found.refusal);
    const { campaignId, termsSha256, termsText } = found.campaign;
    const file = download(`${campaignId}-terms-${termsSha256.slice(0, 12)}.txt`, TEXT, termsText);
    return { ...file, headers: { ...file.headers, 'x-terms-sha256': termsSha256 } };
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
