import * as z from 'zod';
import { CampaignId, MpnId } from '../../../events/fields.js';
import { RegistrationId } from '../../../events/streams.js';
import { campaignPaymentPositions } from '../../application/payouts/payment-positions.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { PaymentHoldJson, PaymentStatusJson, SettlementJson } from '../../http/payment-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const PayoutsQuery = z.strictObject({ campaignId: CampaignId });

/** Where each payment of the campaign stands, and what holds it while it is due and unscheduled. */
export const PayoutsJson = z.strictObject({
  campaignId: CampaignId,
  payouts: z.array(
    SettlementJson.extend({
      registrationId: RegistrationId,
      mpnId: MpnId,
      status: PaymentStatusJson,
      holds: z.array(PaymentHoldJson),
    }),
  ),
});

export const route = defineRoute({
  name: 'payouts-list',
  method: 'GET',
  path: '/payouts',
  role: 'finance',
  body: 'none',
  summary:
    'Where each payment of a campaign stands: closed amount, adjustments, paid, due, status and what holds it.',
  uses: ['event-store:read'],
  request: { query: PayoutsQuery, example: { query: { campaignId: 'm365-e5-upsell-fy27q1' } } },
  responses: {
    200: {
      description: 'One entry per registration whose statement was closed or adjusted.',
      body: PayoutsJson,
      example: {
        campaignId: 'm365-e5-upsell-fy27q1',
        payouts: [
          {
            registrationId: 'm365-e5-upsell-fy27q1--1234567',
            mpnId: '1234567',
            status: 'unprocessed',
            holds: ['payment-profile-incomplete'],
            totalCents: 160000,
            issuedCents: 0,
            dueCents: 160000,
            clawbackCents: 0,
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
  apiHandler(route, async ({ query, answer }) => {
    const { campaignId } = query;
    const found = await campaignPaymentPositions(deps(), campaignId);
    if (!found.ok) return refusalResponse(found.refusal);
    return answer(200, { campaignId, payouts: found.positions });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
