import * as z from 'zod';
import { financeInquiries } from '../../application/inquiries/finance-inquiries.js';
import { apiHandler } from '../../http/api-handler.js';
import { InquiryJson } from '../../http/inquiry-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { readModelsProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const FinanceInquiriesQuery = z.strictObject({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
});

export const route = defineRoute({
  name: 'finance-inquiries-list',
  method: 'GET',
  path: '/finance/inquiries',
  role: 'finance',
  body: 'none',
  summary: 'The partners’ inquiries: open ones (asked or answered, not resolved) by default.',
  uses: ['read-models:read'],
  request: { query: FinanceInquiriesQuery, example: { query: { status: 'open' } } },
  responses: {
    200: { description: 'Newest first.', body: z.array(InquiryJson) },
    400: { description: 'An unknown status.' },
    401: { description: 'No finance credentials.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) =>
    answer(200, await financeInquiries(deps().readModels, query.status)),
  );

export const handler = createHandler(routeRuntime(route, { 'read-models:read': readModelsProvider }));
