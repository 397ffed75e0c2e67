import middy from '@middy/core';
import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import type { PartnerAuthorizerContext } from '../http/api-event.js';
import { type Clock, systemClock } from '../ports/clock.js';
import { sessionKey } from '../runtime/session-key.js';
import { bearerTokenOf } from '../security/api-keys.js';
import { verifySessionToken } from '../security/session-tokens.js';

export type AuthorizerResult =
  | APIGatewaySimpleAuthorizerWithContextResult<PartnerAuthorizerContext>
  | { isAuthorized: false };

/**
 * The HTTP API's Lambda authorizer for partner routes (simple responses): a valid, unexpired
 * session token lets the request through with the partner's MPN ID in its context. The local
 * gateway calls this same handler.
 */
export type AuthorizerDeps = { sessionKey: () => Promise<string>; clock: Clock };

export const createAuthorizer = (deps: () => AuthorizerDeps) =>
  middy<APIGatewayRequestAuthorizerEventV2, AuthorizerResult>().handler(async (event) => {
    const token = bearerTokenOf(event.headers?.authorization);
    const { sessionKey, clock } = deps();
    const session = token ? verifySessionToken(await sessionKey(), token, clock.now()) : undefined;
    if (!session) return { isAuthorized: false };
    return { isAuthorized: true, context: { mpnId: session.mpnId, sessionExpiresAt: session.expiresAt } };
  });

export const handler = createAuthorizer(() => ({ sessionKey, clock: systemClock }));
