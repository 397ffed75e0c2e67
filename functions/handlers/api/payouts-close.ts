import * as z from 'zod';
import { CampaignId, Cents, MpnId } from '../../../events/fields.js';
import { RegistrationId } from '../../../events/streams.js';
import { closeCampaign } from '../../application/payouts/close-campaign.js';
import { apiHandler } from '../../http/api-handler.js';
import { CampaignBody } from '../../http/campaign-body.js';
import { refusalResponse } from '../../http/error-response.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/** Each registration's statement, frozen now (closed: false where the same close was recorded before). */
export const ClosedJson = z.strictObject({
  campaignId: CampaignId,
  statements: z.array(
    z.strictObject({ registrationId: RegistrationId, mpnId: MpnId, amountCents: Cents, closed: z.boolean() }),
  ),
});

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
      body: ClosedJson,
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

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, metadata, answer }) => {
    const closed = await closeCampaign(deps(), body.campaignId, metadata);
    if (!closed.ok) return refusalResponse(closed.refusal);
    return answer(200, { campaignId: body.campaignId, statements: closed.statements });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
