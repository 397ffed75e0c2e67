import { randomUUID } from 'node:crypto';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpUrlencodeBodyParser from '@middy/http-urlencode-body-parser';
import type { Context } from 'aws-lambda';
import type { z } from 'zod';
import type { Actor, EventMetadata } from '../../events/envelope.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { answerSizeGuard } from './answer-size.js';
import { ApiError, unauthenticated } from './api-error.js';
import type { ApiEvent, ApiResult } from './api-event.js';
import { gzipResponses } from './compress.js';
import { errorResponse, fieldIssues, RequestValidationError } from './error-response.js';
import { json } from './responses.js';
import type { RouteSpec } from './route.js';

/** Who may call a route; docs/http-api.md, "Roles and credentials". */
export type Role = 'anyone' | 'approver' | 'partner' | 'finance' | 'sales-system' | 'program-admin';

/** How a route takes its body: JSON, or (for pages) an HTML form as well. */
export type BodyKind = 'none' | 'json' | 'json-or-form';

/** What a part of a route's request is once parsed with the spec's schema for it. */
type Parsed<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

/** What a response's documented schema takes: an answer is written in the shape it documents. */
type JsonBody<Response> = Response extends { body: infer Schema extends z.ZodType } ? z.input<Schema> : never;

/** A JSON answer with a status the route's spec documents, in the shape it documents for it. */
export type Answer<Spec extends RouteSpec> = <Status extends keyof Spec['responses'] & number>(
  status: Status,
  body: JsonBody<Spec['responses'][Status]>,
) => ApiResult;

export type ApiRequest<Spec extends RouteSpec = RouteSpec> = {
  event: ApiEvent;
  /** The body, parsed with the route spec's body schema (a 400 names every wrong field). */
  body: Parsed<NonNullable<Spec['request']>['body']>;
  /** The query string, parsed with the route spec's query schema. */
  query: Parsed<NonNullable<Spec['request']>['query']>;
  logger: Logger;
  /** The envelope metadata for every event this request records. */
  metadata: EventMetadata;
  /** The partner whose session the authorizer verified, and that session (partner routes only). */
  mpnId: string;
  sessionId: string;
  /** Where the request comes from, as the gateway saw it: limits of abuse are keyed on it. */
  sourceIp: string;
  /** The caller's `Idempotency-Key` (routes that take one): a retried request gets the first one's result. */
  idempotencyKey?: string;
  answer: Answer<Spec>;
};

export type RouteOptions = { name: string; role: Role; body: BodyKind };

const baseLogger = createLogger({ service: 'api' });

// A caller's own correlation id is kept when it is a plain token; anything else is replaced.
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

const correlationIdOf = (event: ApiEvent) => {
  const given = event.headers?.['x-correlation-id'];
  return given && CORRELATION_ID.test(given) ? given : (event.requestContext?.requestId ?? randomUUID());
};

// A client's own key for one request (a UUID, typically); it names a record, so plain characters only.
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

function idempotencyKeyOf(event: ApiEvent): string | undefined {
  const given = event.headers?.['idempotency-key'];
  if (given === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(given)) {
    throw new RequestValidationError([
      {
        field: 'headers.idempotency-key',
        message: 'must be 8 to 100 letters, digits, dots, dashes, underscores or colons (a UUID will do)',
      },
    ]);
  }
  return given;
}

/**
 * Who is calling, as the gateway established it: the partner authorizer's context, or the IAM
 * caller (locally, the gateway checks the bearer key and sets the same field). Handlers trust it
 * only for the role their route was declared with.
 */
function actorOf(role: Role, event: ApiEvent): { actor: Actor; mpnId: string; sessionId: string } {
  const authorizer = event.requestContext?.authorizer;
  switch (role) {
    case 'anyone':
      return { actor: { role: 'anonymous' }, mpnId: '', sessionId: '' };
    case 'approver':
      return { actor: { role: 'approver' }, mpnId: '', sessionId: '' };
    case 'partner': {
      const mpnId = authorizer?.lambda?.mpnId;
      if (!mpnId) throw unauthenticated('Log in with your access code to use this route.');
      return { actor: { role: 'partner', id: mpnId }, mpnId, sessionId: authorizer?.lambda?.sessionId ?? '' };
    }
    default: {
      const caller = authorizer?.iam;
      if (!caller) throw unauthenticated();
      const id = caller.userArn ?? caller.callerId;
      return { actor: { role, ...(id ? { id } : {}) }, mpnId: '', sessionId: '' };
    }
  }
}

const allowedOrigins = () =>
  (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);

type Internal = { logger: Logger; correlationId: string; startedMs: number };

/**
 * A route's Lambda handler: the same middlewares in the same order for every route. A correlation
 * id and a logger per request, body parsing, CORS, gzip, and one error model: refusals become the
 * statuses and bodies of docs/http-api.md, anything else is logged and answered 500 without
 * internals, and so is an answer larger than Lambda may send.
 */
export function apiHandler<const Spec extends RouteSpec>(
  spec: Spec,
  handle: (request: ApiRequest<Spec>) => Promise<ApiResult>,
): middy.MiddyfiedHandler<ApiEvent, ApiResult, Error, Context> {
  const options: RouteOptions = spec;
  const requests = new WeakMap<object, Internal>();
  const internal = (request: middy.Request<ApiEvent, ApiResult>) => requests.get(request.event) as Internal;

  const observe: middy.MiddlewareObj<ApiEvent, ApiResult> = {
    before: (request) => {
      const correlationId = correlationIdOf(request.event);
      const logger = baseLogger.child({ correlationId, route: options.name });
      requests.set(request.event, { logger, correlationId, startedMs: performance.now() });
    },
    after: (request) => finish(request),
    onError: (request) => finish(request),
  };

  const finish = (request: middy.Request<ApiEvent, ApiResult>) => {
    const { logger, correlationId, startedMs } = internal(request);
    const response = request.response as ApiResult;
    response.headers = { ...response.headers, 'x-correlation-id': correlationId };
    logger.info('request', {
      method: request.event.requestContext?.http?.method,
      status: response.statusCode,
      ms: Math.round(performance.now() - startedMs),
    });
  };

  const errors: middy.MiddlewareObj<ApiEvent, ApiResult> = {
    onError: (request) => {
      const { response, unexpected } = errorResponse(request.error);
      if (unexpected) internal(request).logger.error('Unexpected error', { error: request.error });
      request.response = response;
    },
  };

  // The parsers are typed for API Gateway's string body; ours is `unknown` once parsed.
  const bodyParsers = (options.body === 'json'
    ? [httpJsonBodyParser()]
    : options.body === 'json-or-form'
      ? [
          httpJsonBodyParser({ disableContentTypeError: true }),
          httpUrlencodeBodyParser({ disableContentTypeError: true }),
        ]
      : []) as unknown as middy.MiddlewareObj<ApiEvent, ApiResult>[];

  return middy<ApiEvent, ApiResult>()
    .use(observe)
    .use(answerSizeGuard((request) => internal(request).logger))
    .use(gzipResponses)
    .use(httpCors({ origins: allowedOrigins(), credentials: false }))
    .use(bodyParsers)
    .use(errors)
    .handler(async (event) => {
      const { correlationId, logger } = requests.get(event) as Internal;
      const { actor, mpnId, sessionId } = actorOf(options.role, event);
      const causationId = event.requestContext?.requestId ?? correlationId;
      const idempotencyKey = spec.request?.idempotencyKey ? idempotencyKeyOf(event) : undefined;
      return handle({
        event,
        ...parsedParts(spec, event),
        logger,
        mpnId,
        sessionId,
        sourceIp: event.requestContext?.http?.sourceIp ?? 'unknown',
        metadata: { correlationId, causationId, actor },
        ...(idempotencyKey ? { idempotencyKey } : {}),
        answer: json,
      });
    });
}

/**
 * The body and the query, parsed with the schemas the route spec declares (the ones the OpenAPI
 * document shows). A form or JSON body that is neither is refused before it is looked at.
 */
function parsedParts<Spec extends RouteSpec>(
  spec: Spec,
  event: ApiEvent,
): Pick<ApiRequest<Spec>, 'body' | 'query'> {
  const { body, query } = spec.request ?? {};
  if (spec.body === 'json-or-form' && (typeof event.body !== 'object' || event.body === null)) {
    throw new ApiError(415, 'unsupported-media-type', 'Send the body as a form or as application/json.');
  }
  const parsedBody = body?.safeParse(event.body);
  const parsedQuery = query?.safeParse(event.queryStringParameters ?? {});
  const issues = [
    ...(parsedBody?.error ? fieldIssues(parsedBody.error, 'body') : []),
    ...(parsedQuery?.error ? fieldIssues(parsedQuery.error, 'query') : []),
  ];
  if (issues.length > 0) throw new RequestValidationError(issues);
  // The schemas are the spec's own, so what they parse is what ApiRequest<Spec> says: TypeScript
  // cannot follow a generic spec's optional schema to its output type.
  return { body: parsedBody?.data, query: parsedQuery?.data } as Pick<ApiRequest<Spec>, 'body' | 'query'>;
}
