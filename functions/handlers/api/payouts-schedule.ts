import * as z from 'zod';
import { CampaignId, Cents, MpnId } from '../../../events/fields.js';
import { RegistrationId } from '../../../events/streams.js';
import { schedulePayments } from '../../application/payouts/schedule-payments.js';
import { apiHandler } from '../../http/api-handler.js';
import { CampaignBody } from '../../http/campaign-body.js';
import { PaymentHoldJson } from '../../http/payment-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

const paymentKeys = { registrationId: RegistrationId, mpnId: MpnId };

/** What the run did with each registration with money due: scheduled, scheduled before, or held and why. */
export const PaymentRunJson = z.strictObject({
  campaignId: CampaignId,
  payments: z.array(
    z.discriminatedUnion('outcome', [
      z.strictObject({ ...paymentKeys, outcome: z.literal('scheduled'), amountCents: Cents }),
      z.strictObject({ ...paymentKeys, outcome: z.literal('already-scheduled') }),
      z.strictObject({ ...paymentKeys, outcome: z.literal('held'), reason: PaymentHoldJson }),
    ]),
  ),
});

export const route = defineRoute({
  name: 'payouts-schedule',
  method: 'POST',
  path: '/payouts/schedule',
  role: 'finance',
  body: 'json',
  summary:
    'A payment run: schedules what each closed statement leaves due, or holds it (below the minimum payout, payment profile incomplete, payment profile changed shortly before the run, a confirmed fraud flag).',
  uses: ['event-store:append'],
  request: { body: CampaignBody, example: { body: { campaignId: 'm365-e5-upsell-fy27q1' } } },
  responses: {
    200: {
      description: 'What became of each registration with money due.',
      body: PaymentRunJson,
      example: {
        campaignId: 'm365-e5-upsell-fy27q1',
        payments: [
          {
            registrationId: 'm365-e5-upsell-fy27q1--1234567',
            mpnId: '1234567',
            outcome: 'scheduled',
            amountCents: 160000,
          },
          {
            registrationId: 'm365-e5-upsell-fy27q1--7654321',
            mpnId: '7654321',
            outcome: 'held',
            reason: 'below-minimum-payout',
          },
        ],
      },
    },
    400: { description: 'No campaign id.' },
    401: { description: 'No finance credentials.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, metadata, answer }) => {
    const payments = await schedulePayments(deps(), body.campaignId, metadata);
    return answer(200, { campaignId: body.campaignId, payments });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
