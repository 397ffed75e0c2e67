import * as z from 'zod';
import type { PaymentPosition } from '../../../domain/payouts/payment-run.js';
import { CampaignId, MpnId } from '../../../events/fields.js';
import { RegistrationId } from '../../../events/streams.js';
import { campaignPaymentPositions } from '../../application/payouts/payment-positions.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { listPages, NextCursorJson } from '../../http/page-cursor.js';
import { PaymentHoldJson, PaymentStatusJson, SettlementJson } from '../../http/payment-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/**
 * By registration (so by partner): replayed whole from the campaign's events, as a payment run
 * weighs them together, and paged here. An entry is a few hundred bytes: a page of the most is
 * well under a megabyte.
 */
export const pages = listPages<PaymentPosition>({
  route: 'payouts-list',
  size: { defaultLimit: 200, maxLimit: 1000 },
  key: (p) => [p.registrationId],
  direction: 'ascending',
});

export const PayoutsQuery = z.strictObject({ campaignId: CampaignId, ...pages.query });

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
  nextCursor: NextCursorJson,
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
  paged: pages.size,
  responses: {
    200: {
      description: 'A page of the entries, one per registration whose statement was closed or adjusted.',
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
        nextCursor: null,
      },
    },
    400: { description: 'No campaign id.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such campaign.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) => {
    const page = pages.requested(query);
    const { campaignId } = query;
    const found = await campaignPaymentPositions(deps(), campaignId);
    if (!found.ok) return refusalResponse(found.refusal);
    const { rows, nextCursor } = await pages.pageOf(found.positions, page, (window) => window);
    return answer(200, { campaignId, payouts: rows, nextCursor });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
