import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import type { ApiEvent } from '../../functions/http/api-event.js';

/**
 * A route's path as a pattern: `/campaigns/{campaignId}` matches `/campaigns/abc`, naming `campaignId`;
 * a greedy `{proxy+}` matches the rest of the path, slashes included.
 */
export function pathMatcher(template: string): (path: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{(\w+)(\\?\+)?\\?\}/g, (_, name: string, greedy?: string) => {
      names.push(name);
      return greedy ? '(.+)' : '([^/]+)';
    });
  const regex = new RegExp(`^${pattern}$`);
  return (path) => {
    const match = regex.exec(path);
    if (!match) return undefined;
    try {
      return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] as string)]));
    } catch {
      return undefined;
    }
  };
}

const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

export type RequestParts = {
  method: string;
  routeKey: string;
  path: string;
  rawQueryString: string;
  headers: Record<string, string>;
  pathParameters: Record<string, string>;
  sourceIp: string;
};

export function requestParts(
  request: IncomingMessage,
  url: URL,
  routeKey: string,
  pathParameters: Record<string, string>,
): RequestParts {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    const text = joined(value);
    if (text !== undefined) headers[name.toLowerCase()] = text;
  }
  return {
    method: request.method ?? 'GET',
    routeKey,
    path: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    pathParameters,
    sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
  };
}

const requestContext = (parts: RequestParts) => {
  const now = Date.now();
  return {
    accountId: '000000000000',
    apiId: 'local',
    domainName: parts.headers.host ?? '127.0.0.1',
    domainPrefix: 'local',
    http: {
      method: parts.method,
      path: parts.path,
      protocol: 'HTTP/1.1',
      sourceIp: parts.sourceIp,
      userAgent: parts.headers['user-agent'] ?? '',
    },
    requestId: randomUUID(),
    routeKey: parts.routeKey,
    stage: '$default',
    time: new Date(now).toISOString(),
    timeEpoch: now,
  };
};

/** Query parameters as API Gateway passes them: repeated names joined by commas. */
function queryParameters(rawQueryString: string): Record<string, string> | undefined {
  const params = new URLSearchParams(rawQueryString);
  const result: Record<string, string> = {};
  for (const name of new Set(params.keys())) result[name] = params.getAll(name).join(',');
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The payload 2.0 event API Gateway's HTTP API gives a route's Lambda. */
export function httpApiEvent(
  parts: RequestParts,
  body: string,
  authorizer: ApiEvent['requestContext']['authorizer'],
): ApiEvent {
  const { cookie, ...headers } = parts.headers;
  const queryStringParameters = queryParameters(parts.rawQueryString);
  return {
    version: '2.0',
    routeKey: parts.routeKey,
    rawPath: parts.path,
    rawQueryString: parts.rawQueryString,
    ...(cookie ? { cookies: cookie.split(/;\s*/) } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    ...(Object.keys(parts.pathParameters).length > 0 ? { pathParameters: parts.pathParameters } : {}),
    requestContext: { ...requestContext(parts), ...(authorizer ? { authorizer } : {}) },
    ...(body.length > 0 ? { body } : {}),
    isBase64Encoded: false,
  };
}

/** The event a Lambda authorizer (payload 2.0) gets for the same request. */
export function authorizerEvent(parts: RequestParts): APIGatewayRequestAuthorizerEventV2 {
  const queryStringParameters = queryParameters(parts.rawQueryString);
  return {
    version: '2.0',
    type: 'REQUEST',
    routeArn: `arn:aws:execute-api:local:000000000000:local/$default/${parts.method}${parts.path}`,
    identitySource: [parts.headers.authorization ?? ''],
    routeKey: parts.routeKey,
    rawPath: parts.path,
    rawQueryString: parts.rawQueryString,
    cookies: [],
    headers: parts.headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    requestContext: requestContext(parts) as APIGatewayRequestAuthorizerEventV2['requestContext'],
    pathParameters: parts.pathParameters,
    stageVariables: {},
  };
}
