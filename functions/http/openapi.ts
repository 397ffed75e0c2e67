import * as z from 'zod';
import type { Role } from './api-handler.js';
import type { RouteSpec } from './route.js';

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

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array' } },
    },
  },
};

function operation(spec: RouteSpec) {
  const pathParameters = [...spec.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = spec.request?.query
    ? (jsonSchemaOf(spec.request.query) as { properties?: Record<string, unknown>; required?: string[] })
    : undefined;
  const queryParameters = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query?.required?.includes(name) ?? false,
    schema,
  }));
  const example = spec.request?.example?.body;
  return {
    operationId: spec.name,
    summary: spec.summary,
    tags: [spec.role],
    security: security[spec.role],
    ...(pathParameters.length + queryParameters.length > 0
      ? { parameters: [...pathParameters, ...queryParameters] }
      : {}),
    ...(spec.request?.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: jsonSchemaOf(spec.request.body),
                ...(example ? { example } : {}),
              },
              ...(spec.body === 'json-or-form'
                ? { 'application/x-www-form-urlencoded': { schema: jsonSchemaOf(spec.request.body) } }
                : {}),
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(spec.responses).map(([status, response]) => {
        const contentType = response.contentType ?? 'application/json';
        const schema =
          Number(status) >= 400 && contentType === 'application/json' ? { schema: errorBody } : {};
        const content = {
          ...schema,
          ...(response.example !== undefined ? { example: response.example } : {}),
        };
        return [status, { description: response.description, content: { [contentType]: content } }];
      }),
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
        'Partners sign up and register for campaigns, approvers decide from emailed links, the sales system records sales, finance pulls payout reports. Money is in integer cents (CAD), times are ISO 8601 UTC instants.',
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
    },
    paths,
  };
}
