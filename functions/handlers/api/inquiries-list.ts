import * as z from 'zod';
import { partnerInquiries } from '../../application/inquiries/partner-inquiries.js';
import { apiHandler } from '../../http/api-handler.js';
import { InquiryJson } from '../../http/inquiry-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { readModelsProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'inquiries-list',
  method: 'GET',
  path: '/inquiries',
  role: 'partner',
  body: 'none',
  summary: "The partner's inquiries, with finance's answers and resolutions.",
  uses: ['read-models:read'],
  responses: {
    200: { description: 'Newest first.', body: z.array(InquiryJson) },
    401: { description: 'No valid partner session.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ mpnId, answer }) =>
    answer(200, await partnerInquiries(deps().readModels, mpnId)),
  );

export const handler = createHandler(routeRuntime(route, { 'read-models:read': readModelsProvider }));
