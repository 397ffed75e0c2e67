import { closeCampaign } from '../../application/payouts/close-campaign.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { CampaignBody } from '../../http/campaign-body.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { storeRuntime } from '../../runtime/store-runtime.js';

export const route = defineRoute({
  name: 'payouts-close',
  method: 'POST',
  path: '/payouts/close',
  role: 'finance',
  body: 'json',
  summary:
    "Closes a campaign's payout: every statement as of now is frozen with its digest; later events never rewrite it.",
  uses: ['event-store:append'],
  request: { body: CampaignBody, example: { body: { campaignId: 'm365-e5-upsell-fy27q1' } } },
  responses: {
    200: {
      description: 'The statements closed (closed: false where the same statement was closed before).',
      example: {
        campaignId: 'm365-e5-upsell-fy27q1',
        statements: [
          {
            registrationId: 'm365-e5-upsell-fy27q1--1234567',
            mpnId: '1234567',
            amountCents: 160000,
            closed: true,
          },
        ],
      },
    },
    400: { description: 'No campaign id.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such campaign.' },
  },
});

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event, metadata }) => {
    const { campaignId } = parseRequest(CampaignBody, event.body, 'body');
    return json(200, { campaignId, statements: await closeCampaign(deps(), campaignId, metadata) });
  });

export const handler = createHandler(storeRuntime);
