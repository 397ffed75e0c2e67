import * as z from 'zod';
import { notFound } from '../../../domain/errors.js';
import { Text } from '../../../events/fields.js';
import { FraudFlagId } from '../../../events/fraud.js';
import { reviewFraudFlag } from '../../application/fraud/fraud-flags.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { storeRuntime } from '../../runtime/store-runtime.js';

export const ReviewBody = z.strictObject({ verdict: z.enum(['cleared', 'confirmed']), note: Text(1000) });

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
    200: { description: 'The flag as it stands.' },
    400: { description: 'No verdict or no note.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such flag.' },
  },
});

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event, metadata }) => {
    const flagId = event.pathParameters?.flagId ?? '';
    if (!FraudFlagId.safeParse(flagId).success)
      throw notFound('fraud-flag-not-found', `There is no fraud flag ${flagId}.`);
    const body = parseRequest(ReviewBody, event.body, 'body');
    return json(200, await reviewFraudFlag(deps(), { flagId, ...body }, metadata));
  });

export const handler = createHandler(storeRuntime);
