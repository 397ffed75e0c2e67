import * as z from 'zod';
import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import { Instant } from '../../../events/instant.js';
import { partnerStatementOf } from '../../application/partner-statements.js';
import { apiHandler } from '../../http/api-handler.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { PartnerStatementJson } from '../../http/statement-json.js';
import { AsOfQuery, reportChangedStatement } from '../../http/statement-query.js';
import { readModelKeys } from '../../read-models/targets.js';
import { readModelsProvider, storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'statements-list',
  method: 'GET',
  path: '/statements',
  role: 'partner',
  body: 'none',
  summary:
    "The partner's projected statement for each of its campaigns, every excluded line with its reason in words.",
  uses: ['read-models:read', 'event-store:read'],
  request: { query: AsOfQuery, example: { query: { asOf: '2026-10-01T04:00:00Z' } } },
  responses: {
    200: {
      description:
        'One statement per registration, with totals, adjustments, clawbacks and the payment status.',
      body: z.strictObject({ asOf: Instant, statements: z.array(PartnerStatementJson) }),
    },
    400: { description: '`asOf` is not an instant.' },
    401: { description: 'No valid partner session.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, mpnId, logger, answer }) => {
    const app = deps();
    const asOf = query.asOf ?? app.clock.now();
    const registrations = await app.readModels.queryViews<RegistrationView>(
      readModelKeys.partner(mpnId).pk,
      'registration#',
    );
    const replayed = await Promise.all(
      registrations.map((r) =>
        partnerStatementOf(app, r.campaignId, mpnId, asOf, reportChangedStatement(logger)),
      ),
    );
    // A registration (or its campaign) recorded after `asOf` had no statement yet then.
    const statements = replayed.flatMap((r) => (r.ok ? [r.statement] : []));
    return answer(200, { asOf, statements });
  });

export const handler = createHandler(
  routeRuntime(route, { 'read-models:read': readModelsProvider, 'event-store:read': storeProvider }),
);
