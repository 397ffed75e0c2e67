import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import type { AuthorizerResult } from '../../functions/handlers/partner-authorizer.js';
import { ApiError, forbidden, unauthenticated } from '../../functions/http/api-error.js';
import type { ApiEvent, ApiResult } from '../../functions/http/api-event.js';
import type { Role } from '../../functions/http/api-handler.js';
import { errorResponse } from '../../functions/http/error-response.js';
import type { RouteSpec } from '../../functions/http/route.js';
import type { Logger } from '../../functions/logging/logger.js';
import { apiKeyMatches, bearerTokenOf } from '../../functions/security/api-keys.js';
import {
  authorizerEvent,
  httpApiEvent,
  pathMatcher,
  type RequestParts,
  requestParts,
} from './api-gateway-event.js';
import { localContext } from './lambda-context.js';

/** The bearer keys that stand in for IAM on the local system (docs/http-api.md, "Roles and credentials"). */
export type LocalApiKeys = { finance: string; salesSystem: string; programAdmin: string };

/** What the gateway reads of a route: where it is and who may call it (an API route, or a page). */
export type GatewayRoute = Pick<RouteSpec, 'name' | 'method' | 'path' | 'role'>;

/** A route and the Lambda handler that serves it. */
export type LocalRoute = {
  route: GatewayRoute;
  handler: (event: ApiEvent, context: ReturnType<typeof localContext>) => Promise<ApiResult>;
};

export type LocalApiOptions = {
  routes: readonly LocalRoute[];
  authorizer: (
    event: APIGatewayRequestAuthorizerEventV2,
    context: ReturnType<typeof localContext>,
  ) => Promise<AuthorizerResult>;
  keys: LocalApiKeys;
  logger: Logger;
};

// API Gateway refuses larger bodies, and Lambda takes at most 6 MB.
const MAX_BODY_BYTES = 6 * 1024 * 1024;

const keyOfRole: Partial<Record<Role, keyof LocalApiKeys>> = {
  finance: 'finance',
  'sales-system': 'salesSystem',
  'program-admin': 'programAdmin',
};

/**
 * What API Gateway's HTTP API does in the cloud, on a laptop: match the route, authorize the
 * caller (the partner authorizer Lambda, or a bearer key where IAM would sign), build the payload
 * 2.0 event and call the route's own Lambda handler.
 */
export function createLocalApi(options: LocalApiOptions): Server {
  const routes = options.routes.map((module) => ({
    module,
    match: pathMatcher(module.route.path),
    routeKey: `${module.route.method} ${module.route.path}`,
  }));

  async function authorize(
    role: Role,
    parts: RequestParts,
  ): Promise<ApiEvent['requestContext']['authorizer']> {
    if (role === 'anyone' || role === 'approver') return undefined;
    const presented = bearerTokenOf(parts.headers.authorization);
    // A caller known by another role's key (not this route's) is authenticated, only not allowed here: 403.
    const isRoleKey = () =>
      presented !== undefined && Object.values(options.keys).some((key) => apiKeyMatches(presented, key));
    if (role === 'partner') {
      const result = await options.authorizer(authorizerEvent(parts), localContext('partner-authorizer'));
      if (result.isAuthorized) return { lambda: result.context };
      if (isRoleKey()) throw forbidden();
      throw unauthenticated('Log in with your access code to use this route.');
    }
    if (!presented) throw unauthenticated();
    const expected = options.keys[keyOfRole[role] as keyof LocalApiKeys];
    if (apiKeyMatches(presented, expected)) return { iam: { userArn: `local:${role}` } };
    const otherKey = isRoleKey();
    const partner = otherKey
      ? undefined
      : await options.authorizer(authorizerEvent(parts), localContext('partner-authorizer'));
    if (otherKey || partner?.isAuthorized) throw forbidden();
    throw unauthenticated();
  }

  async function serve(request: IncomingMessage, body: string): Promise<ApiResult> {
    const url = urlOf(request.url);
    const candidates = routes.flatMap((r) => {
      const params = r.match(url.pathname);
      return params ? [{ ...r, params }] : [];
    });
    // As API Gateway does, a path's literal segment wins over a parameter (`/x/new` over `/x/{id}`),
    // and a greedy `{proxy+}` only takes what no other route does.
    const rank = (r: (typeof candidates)[number]) =>
      r.module.route.path.includes('+}') ? Number.POSITIVE_INFINITY : Object.keys(r.params).length;
    const found = candidates
      .filter((r) => r.module.route.method === request.method)
      .sort((a, b) => rank(a) - rank(b))[0];
    if (!found) {
      if (candidates.length > 0) {
        const allow = candidates.map((r) => r.module.route.method).join(', ');
        throw new ApiError(405, 'method-not-allowed', `Use ${allow} on this path.`, [], { allow });
      }
      throw new ApiError(404, 'route-not-found', `There is no route ${request.method} ${url.pathname}.`);
    }
    const parts = requestParts(request, url, found.routeKey, found.params);
    const authorizer = await authorize(found.module.route.role, parts);
    const event = httpApiEvent(parts, body, authorizer);
    return found.module.handler(event, localContext(found.module.route.name));
  }

  return createServer((request, response) => {
    readBody(request)
      .then((body) => serve(request, body))
      .catch((error: unknown) => {
        const { response: answer, unexpected } = errorResponse(error);
        if (unexpected) options.logger.error('The local gateway failed', { error });
        return answer;
      })
      .then((result) => write(response, result));
  });
}

/**
 * The request target read as a path and a query, as API Gateway reads it: `//evil.example/health`
 * is a path that names no route, not a request for /health on another host.
 */
const urlOf = (target = '/') => new URL(`http://127.0.0.1${target.startsWith('/') ? '' : '/'}${target}`);

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // The answer goes out at once; the rest of the body is read and dropped, since a client
      // still sending when its connection is closed or reset never reads the answer.
      request.off('data', collect);
      request.resume();
      reject(new ApiError(413, 'body-too-large', 'The body is larger than 6 MB.'));
    };
    request.on('data', collect);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function write(response: ServerResponse, result: ApiResult): void {
  const body = result.body ?? '';
  response.statusCode = result.statusCode ?? 200;
  for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, String(value));
  if (result.cookies?.length) response.setHeader('set-cookie', result.cookies);
  response.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}
