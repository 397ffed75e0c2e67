import * as z from 'zod';
import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import { partnerRegistrations } from '../../application/partner-registrations.js';
import { apiHandler } from '../../http/api-handler.js';
import { instantKey, listPages, NextCursorJson } from '../../http/page-cursor.js';
import { RegistrationSummaryJson } from '../../http/registration-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { readModelsProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/** Newest first: one registration per campaign, so a partner has a few, read whole and paged here. */
export const pages = listPages<RegistrationView>({
  route: 'registrations-list',
  size: { defaultLimit: 50, maxLimit: 200 },
  key: (r) => [instantKey(r.submittedAt), r.registrationId],
  direction: 'descending',
});

export const route = defineRoute({
  name: 'registrations-list',
  method: 'GET',
  path: '/registrations',
  role: 'partner',
  body: 'none',
  summary: "The partner's own registrations and where each stands (the dashboard).",
  uses: ['read-models:read'],
  request: { query: z.strictObject(pages.query) },
  paged: pages.size,
  responses: {
    200: {
      description: 'A page of them, newest first.',
      body: z.strictObject({ registrations: z.array(RegistrationSummaryJson), nextCursor: NextCursorJson }),
      example: {
        registrations: [
          {
            registrationId: 'new-logo-fy27q1--1234567',
            campaignId: 'new-logo-fy27q1',
            status: 'approved',
            submittedAt: '2026-07-02T15:04:05Z',
            decidedAt: '2026-07-03T09:00:00Z',
          },
        ],
        nextCursor: null,
      },
    },
    401: { description: 'No valid partner session.' },
  },
});

/** The dashboard: a registration's line as partners see it (who approved it is not theirs to see). */
export const registrationSummary = (view: RegistrationView) => ({
  registrationId: view.registrationId,
  campaignId: view.campaignId,
  status: view.status,
  submittedAt: view.submittedAt,
  ...(view.decidedAt ? { decidedAt: view.decidedAt } : {}),
  ...(view.reason ? { reason: view.reason } : {}),
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ mpnId, query, answer }) => {
    const page = pages.requested(query);
    const views = await partnerRegistrations(deps().readModels, mpnId);
    const { rows, nextCursor } = await pages.pageOf(views, page, (window) => window.map(registrationSummary));
    return answer(200, { registrations: rows, nextCursor });
  });

export const handler = createHandler(routeRuntime(route, { 'read-models:read': readModelsProvider }));
