import * as z from 'zod';
import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import { financeInquiries } from '../../application/inquiries/finance-inquiries.js';
import { apiHandler } from '../../http/api-handler.js';
import { INQUIRY_PAGE_SIZE, InquiryJson, newestInquiriesFirst } from '../../http/inquiry-json.js';
import { listPages, NextCursorJson } from '../../http/page-cursor.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { readModelsProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/**
 * Read whole from the read models and paged here: their one partition is keyed by inquiry id, in
 * no order a reader wants, so DynamoDB cannot page them newest first.
 */
export const pages = listPages<Inquiry>({
  route: 'finance-inquiries-list',
  size: INQUIRY_PAGE_SIZE,
  ...newestInquiriesFirst,
});

export const FinanceInquiriesQuery = z.strictObject({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  ...pages.query,
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
  paged: pages.size,
  responses: {
    200: {
      description: 'A page of them, newest first.',
      body: z.strictObject({ inquiries: z.array(InquiryJson), nextCursor: NextCursorJson }),
    },
    400: { description: 'An unknown status.' },
    401: { description: 'No finance credentials.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) => {
    const page = pages.requested(query);
    const inquiries = await financeInquiries(deps().readModels, query.status);
    const { rows, nextCursor } = await pages.pageOf(inquiries, page, (window) => window);
    return answer(200, { inquiries: rows, nextCursor });
  });

export const handler = createHandler(routeRuntime(route, { 'read-models:read': readModelsProvider }));
