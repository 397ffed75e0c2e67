import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { route as signupRoute } from '../../../functions/handlers/api/partners-signup.js';
import { createLogger } from '../../../functions/logging/logger.js';
import { createLocalApi } from '../../../infra/local/api-gateway.js';

const MB = 1024 * 1024;
let base: string;
const server = createLocalApi({
  routes: [
    {
      route: signupRoute,
      handler: async (event) => ({
        statusCode: 202,
        body: String(typeof event.body === 'string' ? event.body.length : 0),
      }),
    },
  ],
  authorizer: async () => ({ isAuthorized: false }),
  keys: { finance: 'finance-key', salesSystem: 'sales-key', programAdmin: 'admin-key' },
  logger: createLogger({ service: 'test-gateway' }),
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A request sent with node:http: its target as written, its whole body whatever the server answers meanwhile. */
function sendWithNodeHttp(
  method: string,
  target: string,
  body?: Buffer,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const sent = request({ hostname, port, method, path: target }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

const postWithNodeHttp = (body: Buffer) => sendWithNodeHttp('POST', '/partners/signup', body);

const bodyTooLarge = { error: { code: 'body-too-large', message: expect.any(String), details: [] } };

describe('The local gateway, given a body over the 6 MB a Lambda function takes', () => {
  it('answers 413 with the error body to fetch, which receives it whole', async () => {
    const response = await fetch(`${base}/partners/signup`, { method: 'POST', body: 'x'.repeat(7 * MB) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(bodyTooLarge);
  });

  it('answers 413 to node:http as well, and goes on serving', async () => {
    const answer = await postWithNodeHttp(Buffer.alloc(7 * MB, 'x'));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toEqual(bodyTooLarge);
    expect(await postWithNodeHttp(Buffer.from('{}'))).toEqual({ status: 202, text: '2' });
  });

  it('passes a body of exactly 6 MB to the route', async () => {
    expect(await postWithNodeHttp(Buffer.alloc(6 * MB, 'x'))).toEqual({ status: 202, text: String(6 * MB) });
  });
});

describe('The local gateway, given a request target that begins with two slashes', () => {
  it.each(['//', '//evil.example/partners/signup'])(
    'reads %s as a path that names no route',
    async (target) => {
      const answer = await sendWithNodeHttp('POST', target, Buffer.from('{}'));
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.text)).toMatchObject({ error: { code: 'route-not-found' } });
    },
  );
});

describe('The local gateway, given routes whose paths both match', () => {
  const answering = (name: string) => async () => ({ statusCode: 200, body: name });

  async function gatewayOf(routes: { name: string; path: string }[], run: (at: string) => Promise<void>) {
    const gateway = createLocalApi({
      routes: routes.map(({ name, path }) => ({
        route: { name, method: 'GET', path, role: 'anyone' },
        handler: answering(name),
      })),
      authorizer: async () => ({ isAuthorized: false }),
      keys: { finance: 'finance-key', salesSystem: 'sales-key', programAdmin: 'admin-key' },
      logger: createLogger({ service: 'test-gateway' }),
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    try {
      await run(`http://127.0.0.1:${(gateway.address() as AddressInfo).port}`);
    } finally {
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
    }
  }
  const text = async (url: string) => (await fetch(url)).text();

  it('routes to the one with a literal segment where the other has a parameter, as API Gateway does', () =>
    gatewayOf(
      [
        { name: 'one', path: '/things/{thingId}' },
        { name: 'new', path: '/things/new' },
      ],
      async (at) => {
        expect(await text(`${at}/things/new`)).toBe('new');
        expect(await text(`${at}/things/t-1`)).toBe('one');
      },
    ));

  it('leaves to a greedy {proxy+} only the paths no other route takes, whatever their order', () =>
    gatewayOf(
      [
        { name: 'rest', path: '/things/{proxy+}' },
        { name: 'pair', path: '/things/{thingId}/parts/{partId}' },
        { name: 'one', path: '/things/{thingId}' },
      ],
      async (at) => {
        expect(await text(`${at}/things/t-1`)).toBe('one');
        expect(await text(`${at}/things/t-1/parts/p-2`)).toBe('pair');
        expect(await text(`${at}/things/t-1/other/deeper`)).toBe('rest');
      },
    ));
});
