import * as z from 'zod';
import { ApiError } from '../../http/api-error.js';
import { apiHandler } from '../../http/api-handler.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'health',
  method: 'GET',
  path: '/health',
  role: 'anyone',
  body: 'none',
  summary: 'Answers 200 when the event store answers.',
  uses: ['event-store:read'],
  responses: {
    200: {
      description: 'Ready.',
      body: z.strictObject({ status: z.literal('ok') }),
      example: { status: 'ok' },
    },
    503: { description: 'The event store does not answer.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ logger, answer }) => {
    try {
      await deps().store.readStream('health-check');
      return answer(200, { status: 'ok' });
    } catch (error) {
      logger.warn('The event store does not answer', { error });
      throw new ApiError(503, 'unavailable', 'The event store does not answer.');
    }
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
