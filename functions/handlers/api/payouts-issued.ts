import { Text } from '../../../events/fields.js';
import { RegistrationId } from '../../../events/streams.js';
import { issuePayout } from '../../application/issue-payout.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { SettlementJson } from '../../http/payment-json.js';
import { PayoutIssuedBody } from '../../http/payout-issued-body.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/** The payment recorded, and what the closed statement leaves due (or to claw back) after it. */
export const IssuedJson = SettlementJson.extend({ registrationId: RegistrationId, reference: Text(100) });

export const route = defineRoute({
  name: 'payouts-issued',
  method: 'POST',
  path: '/payouts/issued',
  role: 'finance',
  body: 'json',
  summary: 'Record a payment made to a partner for a campaign, once per reference.',
  uses: ['event-store:append'],
  request: {
    body: PayoutIssuedBody,
    example: {
      body: {
        campaignId: 'm365-e5-upsell-fy27q1',
        mpnId: '1234567',
        amountCents: 160000,
        reference: 'EFT-2026-1104-0007',
      },
    },
  },
  responses: {
    201: {
      description: 'Recorded; what was issued in all and what is still due (or to claw back).',
      body: IssuedJson,
      example: {
        registrationId: 'm365-e5-upsell-fy27q1--1234567',
        reference: 'EFT-2026-1104-0007',
        totalCents: 160000,
        issuedCents: 160000,
        dueCents: 0,
        clawbackCents: 0,
      },
    },
    200: {
      description: 'This reference was already recorded with this amount: nothing changed.',
      body: IssuedJson,
    },
    400: { description: 'A field is missing or malformed.' },
    401: { description: 'No finance credentials.' },
    409: {
      description:
        'No payment is scheduled for this partner in this campaign (an unknown campaign or partner included), or the reference was recorded with another amount.',
    },
    422: { description: 'The amount is not the one the payment run scheduled.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, metadata, answer }) => {
    const issued = await issuePayout(deps(), body, metadata);
    if (!issued.ok) return refusalResponse(issued.refusal);
    const { ok: _, recorded, ...settlement } = issued;
    return answer(recorded ? 201 : 200, { reference: body.reference, ...settlement });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
