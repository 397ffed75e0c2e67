import * as z from 'zod';
import { MpnId, SingleLineText } from '../../../events/fields.js';
import { Instant } from '../../../events/instant.js';
import { logIn } from '../../application/log-in.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider, usageCountersProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';
import { sessionKeyProvider } from '../../runtime/session-key.js';
import { workflowProvider } from '../../runtime/workflow.js';

export const SessionBody = z.strictObject({
  mpnId: MpnId,
  accessCode: SingleLineText(100),
});

/** A session: the token for `Authorization: Bearer`, and when it ends. */
export const SessionJson = z.strictObject({ token: z.string().min(1), expiresAt: Instant });

export const route = defineRoute({
  name: 'partners-session',
  method: 'POST',
  path: '/partners/session',
  role: 'anyone',
  body: 'json',
  summary: 'Log in: exchange an access code for a session token.',
  uses: ['event-store:append', 'journeys:resume', 'session-key', 'usage-counters'],
  request: { body: SessionBody, example: { body: { mpnId: '1234567', accessCode: 'K7M4-QX9P2T' } } },
  responses: {
    200: {
      description: 'A session token for `Authorization: Bearer`, and when it ends.',
      body: SessionJson,
      example: { token: 'eyJ2IjoxLCJzdWIiOiIxMjM0NTY3In0.c2lnbmF0dXJl', expiresAt: '2026-07-01T20:00:00Z' },
    },
    400: { description: 'A field is missing or malformed.' },
    401: { description: 'The MPN ID or access code is not valid.' },
    410: { description: 'The access code has expired.' },
    429: {
      description:
        'Too many tries from this source address (too-many-logins), or the code is locked after too many wrong tries (access-code-locked); Retry-After.',
    },
  },
});

/**
 * A right code opens a session and, the first time, activates the partner: the journey waiting
 * for the login moves on. A code locked by wrong tries ends that wait too, and the journey sends a
 * new code.
 */
export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, sourceIp, metadata, answer }) => {
    const session = await logIn(deps(), { ...body, sourceIp }, metadata);
    if (!session.ok) return refusalResponse(session.refusal);
    return answer(200, { token: session.token, expiresAt: session.expiresAt });
  });

export const handler = createHandler(
  routeRuntime(route, {
    'event-store:append': storeProvider,
    'journeys:resume': workflowProvider,
    'session-key': sessionKeyProvider,
    'usage-counters': usageCountersProvider,
  }),
);
