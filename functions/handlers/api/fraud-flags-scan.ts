import * as z from 'zod';
import { CampaignId } from '../../../events/fields.js';
import { FraudFlagId } from '../../../events/fraud.js';
import { scanCampaign } from '../../application/fraud/fraud-flags.js';
import { apiHandler } from '../../http/api-handler.js';
import { CampaignBody } from '../../http/campaign-body.js';
import { refusalResponse } from '../../http/error-response.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/** What a scan found, and the flags it raised now (a finding flagged before is not raised again). */
export const ScanJson = z.strictObject({
  campaignId: CampaignId,
  findings: z.number().int().min(0),
  raised: z.array(FraudFlagId),
});

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
      body: ScanJson,
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

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, metadata, answer }) => {
    const scanned = await scanCampaign(deps(), body.campaignId, metadata);
    if (!scanned.ok) return refusalResponse(scanned.refusal);
    return answer(200, { campaignId: body.campaignId, findings: scanned.findings, raised: scanned.raised });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
