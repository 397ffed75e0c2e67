import * as z from 'zod';
import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import { partnerInquiries } from '../../application/inquiries/partner-inquiries.js';
import { apiHandler } from '../../http/api-handler.js';
import { INQUIRY_PAGE_SIZE, InquiryJson, newestInquiriesFirst } from '../../http/inquiry-json.js';
import { listPages, NextCursorJson } from '../../http/page-cursor.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { readModelsProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/** A partner's inquiries are read whole (its own partition in the read models) and paged here. */
export const pages = listPages<Inquiry>({
  route: 'inquiries-list',
  size: INQUIRY_PAGE_SIZE,
  ...newestInquiriesFirst,
});

export const route = defineRoute({
  name: 'inquiries-list',
  method: 'GET',
  path: '/inquiries',
  role: 'partner',
  body: 'none',
  summary: "The partner's inquiries, with finance's answers and resolutions.",
  uses: ['read-models:read'],
  request: { query: z.strictObject(pages.query) },
  paged: pages.size,
  responses: {
    200: {
      description: 'A page of them, newest first.',
      body: z.strictObject({ inquiries: z.array(InquiryJson), nextCursor: NextCursorJson }),
    },
    401: { description: 'No valid partner session.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ mpnId, query, answer }) => {
    const page = pages.requested(query);
    const inquiries = await partnerInquiries(deps().readModels, mpnId);
    const { rows, nextCursor } = await pages.pageOf(inquiries, page, (window) => window);
    return answer(200, { inquiries: rows, nextCursor });
  });

export const handler = createHandler(routeRuntime(route, { 'read-models:read': readModelsProvider }));
