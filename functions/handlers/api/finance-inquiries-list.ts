import * as z from 'zod';
import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { storeRuntime } from '../../runtime/store-runtime.js';
import { newestFirst } from './inquiries-list.js';

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
    200: { description: 'Newest first.' },
    400: { description: 'An unknown status.' },
    401: { description: 'No finance credentials.' },
  },
});

const resolved = (i: Inquiry) => i.status === 'adjusted' || i.status === 'declined';

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event }) => {
    const { status } = parseRequest(FinanceInquiriesQuery, event.queryStringParameters, 'query');
    const all = await deps().readModels.queryViews<Inquiry>('inquiries', 'inquiry#');
    const wanted = status === 'all' ? all : all.filter((i) => resolved(i) === (status === 'resolved'));
    return json(200, wanted.sort(newestFirst));
  });

export const handler = createHandler(storeRuntime);
