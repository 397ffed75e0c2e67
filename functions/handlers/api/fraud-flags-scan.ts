import { scanCampaign } from '../../application/fraud/fraud-flags.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { CampaignBody } from '../../http/campaign-body.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { storeRuntime } from '../../runtime/store-runtime.js';

export const route = defineRoute({
  name: 'fraud-flags-scan',
  method: 'POST',
  path: '/fraud-flags/scan',
  role: 'finance',
  body: 'json',
  summary:
    "Runs the duplicate and fraud checks over a campaign's sales (one customer, SKU and day claimed twice; bursts of tiny sales; sales recorded long after the period) and raises a flag per new finding.",
  uses: ['event-store:append'],
  request: { body: CampaignBody, example: { body: { campaignId: 'm365-e5-upsell-fy27q1' } } },
  responses: {
    200: {
      description: 'How many findings, and the flags raised now.',
      example: {
        campaignId: 'm365-e5-upsell-fy27q1',
        findings: 2,
        raised: ['duplicate-claim:1234567:4f0c...'],
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
    return json(200, { campaignId, ...(await scanCampaign(deps(), campaignId, metadata)) });
  });

export const handler = createHandler(storeRuntime);
