import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { LAMBDA_RESULT_BYTES, resultBytes } from '../../../functions/http/answer-size.js';
import type { ApiEvent } from '../../../functions/http/api-event.js';
import { apiHandler } from '../../../functions/http/api-handler.js';
import { json } from '../../../functions/http/responses.js';
import { defineRoute } from '../../../functions/http/route.js';
import { StreamVersionConflictError } from '../../../functions/ports/event-store.js';
import { localContext } from '../../../infra/local/lambda-context.js';

const big = { rows: Array.from({ length: 500 }, (_, i) => ({ saleId: `S-${i}`, amountCents: i * 100 })) };
const testRoute = defineRoute({
  name: 'test',
  method: 'GET',
  path: '/test',
  role: 'anyone',
  body: 'none',
  summary: 'A route under test.',
  uses: [],
  responses: { 200: { description: 'The answer.' } },
});
const handler = apiHandler(testRoute, async () => json(200, big));
const event = (headers: Record<string, string>, more: Partial<ApiEvent> = {}) =>
  ({ headers, requestContext: { requestId: 'r-1', http: { method: 'GET' } }, ...more }) as ApiEvent;

describe('Every route', () => {
  it('gzips a large answer for a client that accepts it: a big report then fits in a Lambda answer', async () => {
    const response = await handler(event({ 'accept-encoding': 'gzip, deflate' }), localContext('test'));
    expect(response.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'accept-encoding' });
    expect(response.isBase64Encoded).toBe(true);
    const body = gunzipSync(Buffer.from(response.body as string, 'base64')).toString();
    expect(JSON.parse(body)).toEqual(big);
    expect((response.body as string).length).toBeLessThan(body.length / 3);
  });

  it('answers plain JSON to a client that does not', async () => {
    const response = await handler(event({}), localContext('test'));
    expect(response.headers?.['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body as string)).toEqual(big);
  });

  it('echoes a plain correlation id and replaces anything else', async () => {
    expect(
      (await handler(event({ 'x-correlation-id': 'trace-1' }), localContext('test'))).headers?.[
        'x-correlation-id'
      ],
    ).toBe('trace-1');
    expect(
      (await handler(event({ 'x-correlation-id': 'bad id\n' }), localContext('test'))).headers?.[
        'x-correlation-id'
      ],
    ).toBe('r-1');
  });

  it('answers 500 answer-too-large, not the gateway’s bare 502, when the answer is more than Lambda may send; gzipped, the same fits', async () => {
    // 7 MB of rows that compress well: over the limit as they are, far under it gzipped.
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ saleId: `S-${i}`, padding: 'x'.repeat(40) }));
    const oversized = apiHandler(testRoute, async () => json(200, { rows }));
    const plain = await oversized(event({}), localContext('test'));
    expect(plain.statusCode).toBe(500);
    expect(JSON.parse(plain.body as string)).toMatchObject({ error: { code: 'answer-too-large' } });
    expect(plain.headers).toMatchObject({ 'x-correlation-id': 'r-1' });
    const gzipped = await oversized(event({ 'accept-encoding': 'gzip' }), localContext('test'));
    expect(gzipped.statusCode).toBe(200);
    expect(resultBytes(gzipped)).toBeLessThan(LAMBDA_RESULT_BYTES);
  });

  it('answers 409 when other writers kept winning the race for a stream, never 500', async () => {
    const racing = apiHandler(testRoute, async () => {
      throw new StreamVersionConflictError('payment-profile-1234567', 3);
    });
    const response = await racing(event({}), localContext('test'));
    expect(response.statusCode).toBe(409);
    expect(JSON.parse(response.body as string)).toMatchObject({ error: { code: 'concurrent-change' } });
  });
});

describe("A route's request", () => {
  const echo = defineRoute({
    ...testRoute,
    method: 'POST',
    body: 'json-or-form',
    request: {
      body: z.strictObject({ decision: z.enum(['approve', 'reject']) }),
      query: z.strictObject({ page: z.coerce.number().int().min(1).default(1) }),
    },
  });
  const echoing = apiHandler(echo, async ({ body, query }) => json(200, { body, query }));
  const post = (body: unknown, query: Record<string, string> = {}) =>
    echoing(
      event(
        { 'content-type': 'application/json' },
        { body: JSON.stringify(body), queryStringParameters: query },
      ),
      localContext('test'),
    );

  it("is parsed with the spec's own schemas, which the handler gets typed", async () => {
    const response = await post({ decision: 'approve' }, { page: '2' });
    expect(JSON.parse(response.body as string)).toEqual({
      body: { decision: 'approve' },
      query: { page: 2 },
    });
  });

  it('is refused field by field when it does not fit them', async () => {
    const response = await post({ decision: 'maybe', extra: 1 }, { page: '0' });
    expect(response.statusCode).toBe(400);
    const { error } = JSON.parse(response.body as string);
    expect(error.code).toBe('invalid-request');
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'body',
      'body.decision',
      'query.page',
    ]);
  });

  it('carries an Idempotency-Key only where the spec takes one: elsewhere even a malformed one is ignored', async () => {
    const keyed = defineRoute({ ...testRoute, request: { idempotencyKey: true } });
    const echoKey = async ({ idempotencyKey }: { idempotencyKey?: string }) => json(200, { idempotencyKey });
    const withKey = (key: string) => event({ 'idempotency-key': key });
    const taking = apiHandler(keyed, echoKey);
    const ignoring = apiHandler(testRoute, echoKey);
    expect((await taking(withKey('retry-7c1e9b2a'), localContext('test'))).body).toBe(
      '{"idempotencyKey":"retry-7c1e9b2a"}',
    );
    expect((await taking(withKey('no spaces please'), localContext('test'))).statusCode).toBe(400);
    expect(await ignoring(withKey('no spaces please'), localContext('test'))).toMatchObject({
      statusCode: 200,
      body: '{}',
    });
  });

  it('is refused as 415 when a form-or-JSON body is neither', async () => {
    const response = await echoing(
      event({ 'content-type': 'text/plain' }, { body: 'approve' }),
      localContext('test'),
    );
    expect(response.statusCode).toBe(415);
    expect(JSON.parse(response.body as string)).toMatchObject({ error: { code: 'unsupported-media-type' } });
  });
});
