import { DomainError } from '../../../domain/errors.js';
import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import { partnerStatementOf } from '../../application/partner-statements.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { AsOfQuery, reportChangedStatement } from '../../http/statement-query.js';
import { readModelKeys } from '../../read-models/targets.js';
import { storeRuntime } from '../../runtime/store-runtime.js';

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
    },
    400: { description: '`asOf` is not an instant.' },
    401: { description: 'No valid partner session.' },
  },
});

/** A registration (or its campaign) recorded after `asOf` had no statement yet then. */
const unlessNotYetRecorded = (error: unknown): undefined => {
  if (error instanceof DomainError && error.kind === 'not-found') return undefined;
  throw error;
};

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event, mpnId, logger }) => {
    const { asOf = deps().clock.now() } = parseRequest(AsOfQuery, event.queryStringParameters, 'query');
    const { store, readModels } = deps();
    const registrations = await readModels.queryViews<RegistrationView>(
      readModelKeys.partner(mpnId).pk,
      'registration#',
    );
    const statements = await Promise.all(
      registrations.map((r) =>
        partnerStatementOf(store, r.campaignId, mpnId, asOf, reportChangedStatement(logger)).catch(
          unlessNotYetRecorded,
        ),
      ),
    );
    return json(200, { asOf, statements: statements.filter((s) => s !== undefined) });
  });

export const handler = createHandler(storeRuntime);
