import type { AddressInfo } from 'node:net';
import type { AppDeps } from '../functions/application/deps.js';
import type { ApiDeps } from '../functions/http/api-deps.js';
import type { RouteModule } from '../functions/http/route-table.js';
import { createLogger } from '../functions/logging/logger.js';
import { createLocalApi, type LocalApiKeys } from '../infra/local/api-gateway.js';

/** The bearer keys that stand in for IAM signatures on the local gateway. */
const benchKeys: LocalApiKeys = {
  finance: 'bench-finance-key',
  salesSystem: 'bench-sales-system-key',
  programAdmin: 'bench-program-admin-key',
};

export type BenchCaller = keyof LocalApiKeys;

const notServed = (port: string): never => {
  throw new Error(`The benchmarks serve no route that uses ${port}`);
};

/**
 * The local gateway (infra/local/api-gateway.ts: route matching, credentials, the payload 2.0
 * event) in front of the real handlers of the given routes, on the real event store. The measured
 * routes use the store only; a route that reached for another port would fail here rather than
 * be measured against a stand-in.
 */
export async function startBenchApi(deps: AppDeps, modules: readonly RouteModule[]) {
  const apiDeps: ApiDeps = {
    ...deps,
    get readModels() {
      return notServed('the read models');
    },
    get workflow() {
      return notServed('the workflow');
    },
    get mailer() {
      return notServed('email');
    },
    sessionKey: () => notServed('the session key'),
  };
  const server = createLocalApi({
    routes: modules.map((m) => ({ route: m.route, handler: m.createHandler(() => apiDeps) })),
    // No partner route is served, so no partner session is ever valid.
    authorizer: async () => ({ isAuthorized: false }),
    keys: benchKeys,
    logger: createLogger({ service: 'bench-gateway' }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Calls a route as `caller` and answers the body; any status but 200 fails the benchmark. */
  async function call(method: 'GET' | 'POST', path: string, caller: BenchCaller, body?: unknown) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${benchKeys[caller]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return text;
  }

  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { call, close };
}
