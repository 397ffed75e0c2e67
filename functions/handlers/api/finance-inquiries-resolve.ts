import { inquiryNotFound } from '../../../domain/inquiries/decide.js';
import { InquiryId } from '../../../events/inquiries.js';
import { resolveInquiry } from '../../application/inquiries/inquiries.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { ResolveBody } from '../../http/inquiry-body.js';
import { InquiryJson } from '../../http/inquiry-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'finance-inquiries-resolve',
  method: 'POST',
  path: '/finance/inquiries/{inquiryId}/resolve',
  role: 'finance',
  body: 'json',
  summary:
    "Resolves an inquiry: with an adjustment linked to it (and its sale line), which the partner's next statement shows, or declined.",
  uses: ['event-store:append'],
  request: {
    body: ResolveBody,
    example: {
      body: {
        outcome: 'adjusted',
        adjustmentCents: 80000,
        note: '20 E5 seats sold to Contoso on July 14, missing from the feed.',
      },
    },
  },
  responses: {
    200: { description: 'The inquiry, resolved; the partner is emailed.', body: InquiryJson },
    400: { description: 'A field is missing or malformed.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such inquiry.' },
    409: { description: 'The inquiry is resolved already.' },
    422: { description: 'An adjustment without an amount, or a declined inquiry with one.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, body, metadata, answer }) => {
    const inquiryId = event.pathParameters?.inquiryId ?? '';
    if (!InquiryId.safeParse(inquiryId).success) return refusalResponse(inquiryNotFound(inquiryId));
    const resolved = await resolveInquiry(deps(), { inquiryId, ...body }, metadata);
    return resolved.ok ? answer(200, resolved.inquiry) : refusalResponse(resolved.refusal);
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
