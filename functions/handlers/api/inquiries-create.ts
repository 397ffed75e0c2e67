import { raiseInquiry } from '../../application/inquiries/inquiries.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { InquiryBody } from '../../http/inquiry-body.js';
import { InquiryJson } from '../../http/inquiry-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'inquiries-create',
  method: 'POST',
  path: '/inquiries',
  role: 'partner',
  body: 'json',
  summary:
    'Asks finance about a line of the statement or a sale missing from it, until 30 days after the statement was issued. With an `Idempotency-Key` header, a retried request answers what the first one recorded.',
  uses: ['event-store:append'],
  request: {
    body: InquiryBody,
    idempotencyKey: true,
    example: {
      body: {
        campaignId: 'm365-e5-upsell-fy27q1',
        topic: 'missing-sale',
        saleId: 'INV-0048299-1',
        message: 'We sold 20 E5 seats to Contoso on July 14; they are not on the statement.',
      },
    },
  },
  responses: {
    201: {
      description: 'The inquiry, open; the partner gets an email.',
      body: InquiryJson,
      example: {
        inquiryId: '0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11',
        registrationId: 'm365-e5-upsell-fy27q1--1234567',
        campaignId: 'm365-e5-upsell-fy27q1',
        mpnId: '1234567',
        topic: 'missing-sale',
        saleId: 'INV-0048299-1',
        message: 'We sold 20 E5 seats to Contoso on July 14; they are not on the statement.',
        raisedAt: '2026-10-05T14:00:00Z',
        status: 'open',
        answers: [],
      },
    },
    400: { description: 'A field is missing or malformed.' },
    401: { description: 'No valid partner session.' },
    404: { description: 'No such campaign, or the partner is not registered for it.' },
    409: { description: 'The `Idempotency-Key` was used for another request.' },
    422: { description: 'The window for this statement closed, or the topic does not fit the sale.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, mpnId, metadata, idempotencyKey, answer }) => {
    const raised = await raiseInquiry(deps(), { ...body, mpnId }, metadata, idempotencyKey);
    return raised.ok ? answer(201, raised.inquiry) : refusalResponse(raised.refusal);
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
