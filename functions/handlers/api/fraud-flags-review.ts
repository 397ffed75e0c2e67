import { fraudFlagNotFound } from '../../../domain/fraud/fraud-flag.js';
import { FraudFlagId } from '../../../events/fraud.js';
import { reviewFraudFlag } from '../../application/fraud/fraud-flags.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { ReviewBody } from '../../http/fraud-flag-body.js';
import { FraudFlagJson } from '../../http/fraud-flag-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'fraud-flags-review',
  method: 'POST',
  path: '/fraud-flags/{flagId}/review',
  role: 'finance',
  body: 'json',
  summary: "Clears a flag, or confirms it (the partner's payments are then held).",
  uses: ['event-store:append'],
  request: {
    body: ReviewBody,
    example: { body: { verdict: 'cleared', note: 'Both partners sold to different sites of the customer.' } },
  },
  responses: {
    200: { description: 'The flag as it stands.', body: FraudFlagJson },
    400: { description: 'No verdict or no note.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such flag.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, body, metadata, answer }) => {
    const flagId = event.pathParameters?.flagId ?? '';
    if (!FraudFlagId.safeParse(flagId).success) return refusalResponse(fraudFlagNotFound(flagId));
    const reviewed = await reviewFraudFlag(deps(), { flagId, ...body }, metadata);
    return reviewed.ok ? answer(200, reviewed.flag) : refusalResponse(reviewed.refusal);
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
