import middy from '@middy/core';
import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { type PartnerView, sessionStillOpen } from '../../domain/partners/partner-view.js';
import type { PartnerAuthorizerContext } from '../http/api-event.js';
import { type Clock, systemClock } from '../ports/clock.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import { readModelKeys } from '../read-models/targets.js';
import { readModels } from '../runtime/dynamodb.js';
import { sessionKey } from '../runtime/session-key.js';
import { bearerTokenOf } from '../security/api-keys.js';
import { verifySessionToken } from '../security/session-tokens.js';

export type AuthorizerResult =
  | APIGatewaySimpleAuthorizerWithContextResult<PartnerAuthorizerContext>
  | { isAuthorized: false };

export type AuthorizerDeps = {
  sessionKey: () => Promise<string>;
  clock: Clock;
  readModels: ReadModelQueries;
};

/**
 * The HTTP API's Lambda authorizer for partner routes (simple responses): a valid, unexpired
 * session token, of a session the partner has not logged out of and no lock has ended, lets the
 * request through with the partner's MPN ID and the session's id in its context. The local gateway
 * calls this same handler.
 */
export const createAuthorizer = (deps: () => AuthorizerDeps) =>
  middy<APIGatewayRequestAuthorizerEventV2, AuthorizerResult>().handler(async (event) => {
    const token = bearerTokenOf(event.headers?.authorization);
    const { sessionKey, clock, readModels } = deps();
    const session = token ? verifySessionToken(await sessionKey(), token, clock.now()) : undefined;
    if (!session) return { isAuthorized: false };
    const partner = await readModels.getView<PartnerView>(readModelKeys.partner(session.mpnId));
    if (!sessionStillOpen(partner?.view, session)) return { isAuthorized: false };
    const { mpnId, expiresAt, sessionId } = session;
    return { isAuthorized: true, context: { mpnId, sessionExpiresAt: expiresAt, sessionId } };
  });

export const handler = createAuthorizer(() => ({ sessionKey, clock: systemClock, readModels: readModels() }));
