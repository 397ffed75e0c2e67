import { readFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOpenApi } from '../../../cli/openapi.js';
import {
  documentedResponses,
  jsonBodyOf,
  mediaType,
  mediaTypesOf,
} from '../../../functions/http/documented-responses.js';
import { JSON_TYPE } from '../../../functions/http/responses.js';
import type { RouteSpec } from '../../../functions/http/route.js';
import { routeModules } from '../../../functions/http/route-table.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { logIn } from '../../support/api-journeys.js';

const routes: RouteSpec[] = routeModules.map((m) => m.route);

const committed = () => JSON.parse(readFileSync('openapi.json', 'utf8'));

const responsesOf = (route: RouteSpec) =>
  Object.entries(documentedResponses(route)).map(([status, response]) => ({
    pair: `${route.name} ${status}`,
    status: Number(status),
    response,
  }));

describe('The OpenAPI document', () => {
  it('is the one generated from the routes (run npm run openapi after changing a route)', () => {
    expect(readFileSync('openapi.json', 'utf8')).toBe(renderOpenApi());
  });

  it('is a valid OpenAPI 3.1 document, without warnings', async () => {
    const result = await validate(committed());
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('would be refused by the validator with a response that has no description', async () => {
    const broken = committed();
    delete broken.paths['/health'].get.responses['200'].description;
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(compileErrors(result)).toContain("must have required property 'description'");
  });

  it('gives every JSON answer a schema: its own, or for an error status the common error body', () => {
    const withoutSchema = routes
      .flatMap(responsesOf)
      .filter(
        ({ status, response }) => mediaTypesOf(response).includes(JSON_TYPE) && !jsonBodyOf(status, response),
      )
      .map(({ pair }) => pair);
    expect(withoutSchema).toEqual([]);
  });

  it.each(
    routes
      .flatMap(responsesOf)
      .filter(({ response }) => response.example !== undefined)
      .map(({ pair, status, response }) => [pair, status, response] as const),
  )('shows an example for %s that fits its schema', (_, status, response) => {
    const first = mediaType(response.contentTypes?.[0] ?? JSON_TYPE);
    const schema = first === JSON_TYPE ? jsonBodyOf(status, response) : undefined;
    if (schema) expect(schema.safeParse(response.example).error).toBeUndefined();
    else expect(typeof response.example).toBe('string');
  });

  it('documents every route once, with an error status for refusals', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(routes.length);
    for (const route of routes) {
      expect(
        Object.keys(route.responses).some((status) => Number(status) < 300),
        route.name,
      ).toBe(true);
    }
  });

  it.each(routes.filter((r) => r.request?.example).map((r) => [r.name, r] as const))(
    "parses the request example of %s with the route's own schemas",
    (_, route) => {
      const { body, query } = route.request?.example ?? {};
      if (body !== undefined) expect(route.request?.body?.safeParse(body).error).toBeUndefined();
      if (query !== undefined) expect(route.request?.query?.safeParse(query).error).toBeUndefined();
    },
  );
});

describe('The request examples, sent to the API', () => {
  let api: ApiHarness;
  let partner: string;
  beforeAll(async () => {
    api = await startApiHarness();
    partner = await logIn(api, '1234567');
  });
  afterAll(() => api.close());

  const token = {
    partner: () => partner,
    finance: () => KEYS.finance,
    'sales-system': () => KEYS.salesSystem,
    'program-admin': () => KEYS.programAdmin,
  };

  it.each(routes.filter((r) => r.request?.example).map((r) => [r.name, r] as const))(
    'are well-formed requests for %s (never 400)',
    async (_, route) => {
      const { body, query } = route.request?.example ?? {};
      const path = route.path.replace('{campaignId}', 'm365-e5-upsell-fy27q1').replace('{token}', 'x');
      const response = await api.call(route.method, `${path}?${new URLSearchParams(query ?? {})}`, {
        token: token[route.role as keyof typeof token]?.(),
        ...(body !== undefined ? { body } : {}),
      });
      expect(response.status, response.text).not.toBe(400);
      expect(response.status).toBeLessThan(500);
    },
  );
});
