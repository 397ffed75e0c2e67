import * as z from 'zod';
import { holdOf } from '../../../domain/payouts/decide.js';
import { paymentStatus, settlementOfClose } from '../../../domain/payouts/settlement.js';
import { CampaignId } from '../../../events/fields.js';
import { loadCampaign } from '../../application/campaign-catalog.js';
import {
  carriedOver,
  dueCentsOf,
  paymentChecksOf,
  programPayouts,
} from '../../application/payouts/campaign-payouts.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { storeRuntime } from '../../runtime/store-runtime.js';

export const PayoutsQuery = z.strictObject({ campaignId: CampaignId });

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

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event }) => {
    const { campaignId } = parseRequest(PayoutsQuery, event.queryStringParameters, 'query');
    const { store, policy } = deps();
    await loadCampaign(store, campaignId);
    const { all, byPartner } = await programPayouts(store);
    const minimumPayoutCents = policy.minimumPayoutCents;
    const payouts = await Promise.all(
      all
        .filter((p) => p.campaignId === campaignId)
        .map(async ({ registrationId, mpnId, state }) => {
          const settlement = settlementOfClose(state);
          const hold = holdOf(settlement.dueCents, {
            minimumPayoutCents,
            otherDueCents: dueCentsOf(
              carriedOver(byPartner.get(mpnId) ?? [], registrationId, minimumPayoutCents),
            ),
            ...(await paymentChecksOf(store, mpnId)),
          });
          const status = paymentStatus(state);
          return {
            registrationId,
            mpnId,
            status,
            holds: status === 'unprocessed' && hold ? [hold] : [],
            ...settlement,
          };
        }),
    );
    return json(200, { campaignId, payouts });
  });

export const handler = createHandler(storeRuntime);
