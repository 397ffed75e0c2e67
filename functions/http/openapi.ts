import * as z from 'zod';
import { Instant } from '../../events/instant.js';
import { ErrorBody } from './api-error.js';
import { IDEMPOTENCY_KEY, type Role } from './api-handler.js';
import { documentedResponses, jsonBodyOf, mediaType } from './documented-responses.js';
import { JSON_TYPE } from './responses.js';
import type { ResponseSpec, RouteSpec } from './route.js';
import { batchItems } from './sales-batch-request.js';

/**
 * The OpenAPI 3.1 document of the API, generated from the same route specs and zod schemas the
 * handlers parse with, so the two cannot disagree.
 */
const security: Record<Role, Record<string, string[]>[]> = {
  anyone: [],
  approver: [],
  partner: [{ partnerSession: [] }],
  finance: [{ iam: [] }, { localKey: [] }],
  'sales-system': [{ iam: [] }, { localKey: [] }],
  'program-admin': [{ iam: [] }, { localKey: [] }],
};

type Io = 'input' | 'output';

/**
 * A zod schema as JSON Schema, for requests as they are sent (`input`) or answers as they are
 * written (`output`). Instants show their format (their parsing is code), and a batch shows the
 * schema of its items (it takes any item, to check each alone).
 */
function jsonSchemaOf(schema: z.ZodType, io: Io): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === Instant) Object.assign(jsonSchema, { type: 'string', format: 'date-time' });
      const item = batchItems.get(zodSchema);
      if (item) {
        const { $schema: _, ...items } = jsonSchemaOf(item, io);
        jsonSchema.items = items;
      }
    },
  });
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };

const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A key of your own for this request (a UUID will do): a retry with it records nothing new and answers what the first one recorded.',
  schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
};

/** A response's content by media type: JSON with its schema, text as a string, a file as it is. */
function contentOf(status: number, response: ResponseSpec) {
  const [first, ...others] = response.contentTypes ?? [JSON_TYPE];
  const mediaContent = (contentType: string) => {
    const body = mediaType(contentType) === JSON_TYPE ? jsonBodyOf(status, response) : undefined;
    if (body) return { schema: body === ErrorBody ? ERROR_REF : jsonSchemaOf(body, 'output') };
    return contentType.startsWith('text/') ? { schema: { type: 'string' } } : {};
  };
  const example = response.example !== undefined ? { example: response.example } : {};
  return Object.fromEntries([
    [first, { ...mediaContent(first), ...example }],
    ...others.map((contentType) => [contentType, mediaContent(contentType)]),
  ]);
}

function operation(spec: RouteSpec) {
  const pathParameters = [...spec.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = spec.request?.query
    ? (jsonSchemaOf(spec.request.query, 'input') as {
        properties?: Record<string, unknown>;
        required?: string[];
      })
    : undefined;
  const queryParameters = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query?.required?.includes(name) ?? false,
    schema,
  }));
  const parameters = [
    ...pathParameters,
    ...queryParameters,
    ...(spec.request?.idempotencyKey ? [idempotencyKeyParameter] : []),
  ];
  const example = spec.request?.example?.body;
  return {
    operationId: spec.name,
    summary: spec.summary,
    tags: [spec.role],
    security: security[spec.role],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(spec.request?.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: jsonSchemaOf(spec.request.body, 'input'),
                ...(example ? { example } : {}),
              },
              ...(spec.body === 'json-or-form'
                ? {
                    'application/x-www-form-urlencoded': { schema: jsonSchemaOf(spec.request.body, 'input') },
                  }
                : {}),
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(documentedResponses(spec)).map(([status, response]) => [
        status,
        { description: response.description, content: contentOf(Number(status), response) },
      ]),
    ),
  };
}

export function openApiDocument(routes: readonly RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    paths[spec.path] = { ...paths[spec.path], [spec.method.toLowerCase()]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Partner cash-back programs',
      version: '1.0.0',
      description:
        'Partners sign up and register for campaigns, approvers decide from emailed links, the sales system records sales, finance pulls payout reports. Money is in integer cents (CAD), times are ISO 8601 UTC instants. Besides the answers each operation lists, any may answer 500 (a bug, logged), and a write 409 `concurrent-change` (try again), with the common error body.',
    },
    servers: [{ url: 'http://127.0.0.1:3000', description: 'The local system (npm start)' }],
    components: {
      securitySchemes: {
        partnerSession: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token from POST /partners/session.',
        },
        iam: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'AWS SigV4 (IAM) in the cloud.',
        },
        localKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'FINANCE_API_KEY, SALES_API_KEY or ADMIN_API_KEY on the local system.',
        },
      },
      schemas: { Error: jsonSchemaOf(ErrorBody, 'output') },
    },
    paths,
  };
}
