import * as z from 'zod';
import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import { partnerRegistrations } from '../../application/partner-registrations.js';
import { apiHandler } from '../../http/api-handler.js';
import { RegistrationSummaryJson } from '../../http/registration-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { readModelsProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'registrations-list',
  method: 'GET',
  path: '/registrations',
  role: 'partner',
  body: 'none',
  summary: "The partner's own registrations and where each stands (the dashboard).",
  uses: ['read-models:read'],
  responses: {
    200: {
      description: 'Newest first.',
      body: z.array(RegistrationSummaryJson),
      example: [
        {
          registrationId: 'new-logo-fy27q1--1234567',
          campaignId: 'new-logo-fy27q1',
          status: 'approved',
          submittedAt: '2026-07-02T15:04:05Z',
          decidedAt: '2026-07-03T09:00:00Z',
        },
      ],
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
  apiHandler(route, async ({ mpnId, answer }) => {
    const views = await partnerRegistrations(deps().readModels, mpnId);
    return answer(200, views.map(registrationSummary));
  });

export const handler = createHandler(routeRuntime(route, { 'read-models:read': readModelsProvider }));
