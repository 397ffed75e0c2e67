import { loadCampaign } from '../../application/campaign-catalog.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { download } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { storeRuntime } from '../../runtime/store-runtime.js';

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
      contentType: 'text/plain; charset=utf-8',
      example: 'Terms and conditions of the Microsoft 365 E5 upsell campaign...',
    },
    401: { description: 'No valid partner session.' },
    404: { description: 'No such campaign.' },
  },
});

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event }) => {
    const campaign = await loadCampaign(deps().store, event.pathParameters?.campaignId ?? '');
    const file = download(
      `${campaign.campaignId}-terms-${campaign.termsSha256.slice(0, 12)}.txt`,
      'text/plain; charset=utf-8',
      campaign.termsText,
    );
    return { ...file, headers: { ...file.headers, 'x-terms-sha256': campaign.termsSha256 } };
  });

export const handler = createHandler(storeRuntime);
