import * as z from 'zod';
import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import { Instant } from '../../../events/instant.js';
import { partnerStatementOf } from '../../application/partner-statements.js';
import { apiHandler } from '../../http/api-handler.js';
import { listPages, NextCursorJson } from '../../http/page-cursor.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { PartnerStatementJson } from '../../http/statement-json.js';
import { AsOfQuery, reportChangedStatement } from '../../http/statement-query.js';
import { readModelKeys } from '../../read-models/targets.js';
import { readModelsProvider, storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/**
 * By registration (so by campaign). The registrations are read whole from the read models (a
 * partner has one per campaign), and only the page's statements are replayed: each is the costly
 * part, and may hold thousands of lines, so a page holds few.
 */
export const pages = listPages<RegistrationView>({
  route: 'statements-list',
  size: { defaultLimit: 10, maxLimit: 50 },
  key: (r) => [r.registrationId],
  direction: 'ascending',
});

export const route = defineRoute({
  name: 'statements-list',
  method: 'GET',
  path: '/statements',
  role: 'partner',
  body: 'none',
  summary:
    "The partner's projected statement for each of its campaigns, every excluded line with its reason in words.",
  uses: ['read-models:read', 'event-store:read'],
  request: {
    query: AsOfQuery.extend(pages.query),
    example: { query: { asOf: '2026-10-01T04:00:00Z' } },
  },
  paged: pages.size,
  responses: {
    200: {
      description:
        'A page of the statements, one per registration, with totals, adjustments, clawbacks and the payment status.',
      body: z.strictObject({
        asOf: Instant,
        statements: z.array(PartnerStatementJson),
        nextCursor: NextCursorJson,
      }),
    },
    400: { description: '`asOf` is not an instant.' },
    401: { description: 'No valid partner session.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, mpnId, logger, answer }) => {
    const page = pages.requested(query);
    const app = deps();
    const asOf = query.asOf ?? app.clock.now();
    const registrations = await app.readModels.queryViews<RegistrationView>(
      readModelKeys.partner(mpnId).pk,
      'registration#',
    );
    const { rows, nextCursor } = await pages.pageOf(registrations, page, async (window) => {
      const replayed = await Promise.all(
        window.map((r) => partnerStatementOf(app, r.campaignId, mpnId, asOf, reportChangedStatement(logger))),
      );
      // A registration (or its campaign) recorded after `asOf` had no statement yet then.
      return replayed.map((r) => (r.ok ? r.statement : undefined));
    });
    return answer(200, { asOf, statements: rows, nextCursor });
  });

export const handler = createHandler(
  routeRuntime(route, { 'read-models:read': readModelsProvider, 'event-store:read': storeProvider }),
);
