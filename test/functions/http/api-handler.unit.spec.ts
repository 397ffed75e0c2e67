import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../functions/http/api-event.js';
import { apiHandler } from '../../../functions/http/api-handler.js';
import { json } from '../../../functions/http/responses.js';
import { StreamVersionConflictError } from '../../../functions/ports/event-store.js';
import { localContext } from '../../../infra/local/lambda-context.js';

const big = { rows: Array.from({ length: 500 }, (_, i) => ({ saleId: `S-${i}`, amountCents: i * 100 })) };
const handler = apiHandler({ name: 'test', role: 'anyone', body: 'none' }, async () => json(200, big));
const event = (headers: Record<string, string>) =>
  ({ headers, requestContext: { requestId: 'r-1', http: { method: 'GET' } } }) as unknown as ApiEvent;

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

  it('answers 409 when other writers kept winning the race for a stream, never 500', async () => {
    const racing = apiHandler({ name: 'test', role: 'anyone', body: 'none' }, async () => {
      throw new StreamVersionConflictError('payment-profile-1234567', 3);
    });
    const response = await racing(event({}), localContext('test'));
    expect(response.statusCode).toBe(409);
    expect(JSON.parse(response.body as string)).toMatchObject({ error: { code: 'concurrent-change' } });
  });
});
