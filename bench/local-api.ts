import type { AddressInfo } from 'node:net';
import type { AppDeps } from '../functions/application/deps.js';
import type { RouteSpec } from '../functions/http/route.js';
import { createLogger } from '../functions/logging/logger.js';
import {
  createLocalApi,
  type LocalApiKeys,
  type LocalApiOptions,
  type LocalRoute,
} from '../infra/local/api-gateway.js';

/** The bearer keys that stand in for IAM signatures on the local gateway. */
const benchKeys: LocalApiKeys = {
  finance: 'bench-finance-key',
  salesSystem: 'bench-sales-system-key',
  programAdmin: 'bench-program-admin-key',
};

/** A role's key, or a partner's session token (which the gateway's authorizer checks). */
export type BenchCaller = keyof LocalApiKeys | { partnerToken: string };

/** A route whose handler needs what the benchmark gives it: the event store, and maybe the read models. */
type BenchRouteModule<Deps> = {
  route: RouteSpec;
  createHandler: (deps: () => Deps) => LocalRoute['handler'];
};

// Without an authorizer, no partner session is ever valid.
const noPartners: LocalApiOptions['authorizer'] = async () => ({ isAuthorized: false });

/**
 * The local gateway (infra/local/api-gateway.ts: route matching, credentials, the payload 2.0
 * event) in front of the real handlers of the given routes, on the real event store (and read
 * models, for routes that read them), and the partner authorizer given. A route that needs more
 * does not type-check here, so nothing is measured against a stand-in.
 */
export async function startBenchApi<Deps extends AppDeps>(
  deps: Deps,
  modules: readonly BenchRouteModule<NoInfer<Deps>>[],
  authorizer = noPartners,
) {
  const server = createLocalApi({
    routes: modules.map((m) => ({ route: m.route, handler: m.createHandler(() => deps) })),
    authorizer,
    keys: benchKeys,
    logger: createLogger({ service: 'bench-gateway' }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Calls a route as `caller` and answers the body; any status but 200 fails the benchmark. */
  async function call(method: 'GET' | 'POST', path: string, caller: BenchCaller, body?: unknown) {
    const token = typeof caller === 'string' ? benchKeys[caller] : caller.partnerToken;
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return text;
  }

  /** Every page of a paged list, as a client reads it: `path` (with its query), then each `nextCursor`. */
  async function everyPage(path: string, caller: BenchCaller): Promise<string[]> {
    const bodies: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const body = await call('GET', cursor ? `${path}&cursor=${cursor}` : path, caller);
      bodies.push(body);
      cursor = (JSON.parse(body) as { nextCursor: string | null }).nextCursor;
    }
    return bodies;
  }

  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { call, everyPage, close };
}
