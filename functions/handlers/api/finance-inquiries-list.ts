import * as z from 'zod';
import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import { newestFirst } from '../../application/inquiries/partner-inquiries.js';
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

const resolved = (i: Inquiry) => i.status === 'adjusted' || i.status === 'declined';

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) => {
    const { status } = query;
    const all = await deps().readModels.queryViews<Inquiry>('inquiries', 'inquiry#');
    const wanted = status === 'all' ? all : all.filter((i) => resolved(i) === (status === 'resolved'));
    return answer(200, wanted.sort(newestFirst));
  });

export const handler = createHandler(routeRuntime(route, { 'read-models:read': readModelsProvider }));
