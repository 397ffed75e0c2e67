import * as z from 'zod';
import { DomainError } from '../../../domain/errors.js';
import { MpnId } from '../../../events/fields.js';
import { redeemAccessCode } from '../../application/redeem-access-code.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { runtime } from '../../runtime/runtime.js';
import { signSessionToken } from '../../security/session-tokens.js';

export const SessionBody = z.strictObject({
  mpnId: MpnId,
  accessCode: z.string().min(1, { message: 'must not be empty' }).max(100),
});

export const route = defineRoute({
  name: 'partners-session',
  method: 'POST',
  path: '/partners/session',
  role: 'anyone',
  body: 'json',
  summary: 'Log in: exchange an access code for a session token.',
  uses: ['event-store:append', 'journeys:resume', 'session-key'],
  request: { body: SessionBody, example: { body: { mpnId: '1234567', accessCode: 'K7M4-QX9P2T' } } },
  responses: {
    200: {
      description: 'A session token for `Authorization: Bearer`, and when it ends.',
      example: { token: 'eyJ2IjoxLCJzdWIiOiIxMjM0NTY3In0.c2lnbmF0dXJl', expiresAt: '2026-07-01T20:00:00Z' },
    },
    400: { description: 'A field is missing or malformed.' },
    401: { description: 'The MPN ID or access code is not valid.' },
    410: { description: 'The access code has expired.' },
    429: { description: 'The access code is locked after 5 wrong tries (Retry-After).' },
  },
});

/**
 * A right code opens a session and, the first time, activates the partner: the journey waiting
 * for the login moves on. A code locked by wrong tries ends that wait too, so that the partner is
 * told how to get a new one.
 */
export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event, metadata }) => {
    const input = parseRequest(SessionBody, event.body, 'body');
    const app = deps();
    const step = { kind: 'login', mpnId: input.mpnId } as const;
    try {
      const { sessionExpiresAt } = await redeemAccessCode(app, input, metadata);
      await app.workflow.completeStep(step, { loggedIn: true });
      const token = signSessionToken(await app.sessionKey(), {
        mpnId: input.mpnId,
        expiresAt: sessionExpiresAt,
      });
      return json(200, { token, expiresAt: sessionExpiresAt });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'access-code-locked') {
        await app.workflow.failStep(
          step,
          'AccessCodeLocked',
          'The access code was locked after too many wrong tries.',
        );
      }
      throw error;
    }
  });

export const handler = createHandler(runtime);
