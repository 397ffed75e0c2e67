import * as z from 'zod';
import { logOut } from '../../application/log-out.js';
import { apiHandler } from '../../http/api-handler.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

const LoggedOutJson = z.strictObject({ status: z.literal('logged-out') });

export const route = defineRoute({
  name: 'partners-logout',
  method: 'POST',
  path: '/partners/session/logout',
  role: 'partner',
  body: 'none',
  summary: 'Log out: the session token is refused from then on (a moment later in the cloud).',
  uses: ['event-store:append'],
  responses: {
    200: { description: 'Logged out.', body: LoggedOutJson, example: { status: 'logged-out' } },
    401: { description: 'No valid partner session.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ mpnId, sessionId, metadata, answer }) => {
    await logOut(deps(), { mpnId, sessionId }, metadata);
    return answer(200, { status: 'logged-out' });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
