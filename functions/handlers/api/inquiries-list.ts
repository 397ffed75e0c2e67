import * as z from 'zod';
import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import { apiHandler } from '../../http/api-handler.js';
import { InquiryJson } from '../../http/inquiry-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { readModelKeys } from '../../read-models/targets.js';
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

export const newestFirst = (a: Inquiry, b: Inquiry) =>
  a.raisedAt < b.raisedAt ? 1 : a.raisedAt > b.raisedAt ? -1 : 0;

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ mpnId, answer }) => {
    const inquiries = await deps().readModels.queryViews<Inquiry>(
      readModelKeys.partner(mpnId).pk,
      'inquiry#',
    );
    return answer(200, inquiries.sort(newestFirst));
  });

export const handler = createHandler(routeRuntime(route, { 'read-models:read': readModelsProvider }));
