import type { ProgramPolicy } from '../../domain/program-policy.js';
import type { StaffRole } from '../../events/staff.js';
import {
  CognitoStaffAccounts,
  createCognitoClient,
} from '../../functions/adapters/cognito-staff-accounts.js';
import { DynamoDbUsageCounters } from '../../functions/adapters/dynamodb-usage-counters.js';
import { MemoryMailer } from '../../functions/adapters/memory-mailer.js';
import { OidcStaffSignIn } from '../../functions/adapters/oidc-staff-sign-in.js';
import type { EmailDeps } from '../../functions/application/deps.js';
import { setStaffMember } from '../../functions/application/staff/staff-directory.js';
import { createHandler as createNotifier } from '../../functions/handlers/notifier.js';
import { createAuthorizer } from '../../functions/handlers/partner-authorizer.js';
import type { RouteDeps, RouteUse } from '../../functions/http/route.js';
import { routeModules } from '../../functions/http/route-table.js';
import { createLogger } from '../../functions/logging/logger.js';
import { generateSigningKey } from '../../functions/security/signed-claims.js';
import { consoleSite } from '../../functions/web/console/console-site.js';
import { consolePages } from '../../functions/web/console/pages.js';
import type { ConsoleDeps } from '../../functions/web/page.js';
import { gatewayRoutesOf } from '../../functions/web/page-routes.js';
import { portalPages } from '../../functions/web/portal/pages.js';
import { portalSite } from '../../functions/web/portal/portal-site.js';
import { webHandler } from '../../functions/web/web-handler.js';
import { createLocalApi, type LocalApiKeys } from '../../infra/local/api-gateway.js';
import { invokeLocally } from '../../infra/local/lambda-context.js';
import { freePort } from '../../infra/local/ports.js';
import { startLocalSignIn } from '../../infra/local/sign-in/sign-in-server.js';
import { answerContract } from './answer-contract.js';
import { FakeWorkflow } from './fake-workflow.js';
import { localEventStack } from './local-stack.js';
import { roomyPolicy } from './memory-program.js';
import { pageClient } from './page-client.js';
import { type SentCodes, signInToConsole } from './staff-sign-in.js';

/**
 * What every API route uses, together: each handler is typed to take only what its spec declares.
 * The staff directory's accounts and sign-in are the console's alone.
 */
export type EveryRouteDeps = RouteDeps<{
  uses: readonly Exclude<RouteUse, 'staff-accounts' | 'staff-sign-in'>[];
}>;

export const KEYS: LocalApiKeys = {
  finance: 'finance-key-1234',
  salesSystem: 'sales-key-1234',
  programAdmin: 'admin-key-1234',
};

export type Call = { status: number; headers: Headers; body: unknown; text: string };

/**
 * The API as it runs locally, in-process: every route's handler (built with these dependencies),
 * behind the local gateway, on DynamoDB Local, with the projector fed by the stream poller. Only
 * the workflow and the mailer are in memory: they are the ports whose adapters are tested apart.
 * Every answer a call receives is held to the OpenAPI contract (a call throws when it breaks it),
 * so every test that calls the API checks the contract too.
 */
export async function startApiHarness(now = '2026-07-25T12:00:00Z', policy: ProgramPolicy = roomyPolicy) {
  const stack = await localEventStack(now);
  const workflow = new FakeWorkflow();
  const mailer = new MemoryMailer();
  const key = generateSigningKey();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const deps: EveryRouteDeps & EmailDeps & { mailer: MemoryMailer } = {
    ...stack.deps,
    policy,
    readModels: stack.readModels,
    workflow,
    mailer,
    publicBaseUrl: base,
    sessionKey: async () => key,
    counters: new DynamoDbUsageCounters(stack.client, stack.usageCountersTable),
  };
  const outbox = stack.streamReader(
    invokeLocally(
      'notifier',
      createNotifier(() => deps),
    ),
  );
  const portal = webHandler(portalSite, portalPages, () => deps);
  const codes: SentCodes = [];
  const signIn = await startLocalSignIn({
    port: await freePort(),
    consoleBaseUrl: base,
    sendCode: async (email, code) => {
      codes.push({ email, code });
    },
  });
  const consoleDeps: ConsoleDeps = {
    ...deps,
    staffSignIn: new OidcStaffSignIn(signIn),
    publicBaseUrl: base,
    staffAccounts: new CognitoStaffAccounts(
      createCognitoClient({
        endpoint: signIn.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
      signIn.userPoolId,
    ),
  };
  const staffConsole = webHandler(consoleSite, consolePages, () => consoleDeps);
  const server = createLocalApi({
    routes: [
      ...routeModules.map((m) => ({ route: m.route, handler: m.createHandler(() => deps) })),
      ...gatewayRoutesOf(portalPages).map((route) => ({ route, handler: portal })),
      ...gatewayRoutesOf(consolePages).map((route) => ({ route, handler: staffConsole })),
    ],
    authorizer: createAuthorizer(() => deps),
    keys: KEYS,
    logger: createLogger({ service: 'test-gateway' }),
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const contract = answerContract(
    routeModules.map((m) => m.route),
    [...portalPages, ...consolePages],
  );

  async function call(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<Call> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const url = new URL(`${base}${path}`);
    const response = await fetch(url, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: a page or a file.
    }
    contract.check({
      method,
      pathname: url.pathname,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: parsed,
    });
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  return {
    ...stack,
    deps,
    workflow,
    mailer,
    base,
    call,
    /** A browser of its own (its own cookies) on the portal's pages. */
    browser: (options?: { acceptLanguage?: string }) => pageClient(base, options),
    /**
     * A person of the staff, in the directory with these roles, signed in to the console in a
     * browser of their own.
     */
    staff: async (
      email: string,
      roles: StaffRole[],
      options?: { acceptLanguage?: string; name?: string },
    ) => {
      const set = await setStaffMember(
        consoleDeps,
        { email, name: options?.name ?? email, roles },
        { correlationId: 'test', causationId: 'test', actor: { role: 'system', id: 'test' } },
      );
      if (!set.ok) throw new Error(set.refusal.message);
      const browser = pageClient(base, options);
      const landed = await signInToConsole(browser, signIn, codes, email);
      return { browser, landed };
    },
    /** The identity service's stand-in, and the codes it emailed. */
    signIn,
    codes,
    /** The (route, status) pairs of the answers checked against the contract so far. */
    checked: contract.checked,
    /** Brings the read models up to date with everything recorded so far. */
    project: stack.project,
    /** Sends the emails owed by everything recorded so far (the outbox). */
    deliver: () => outbox.drain(),
    close: async () => {
      await signIn.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type ApiHarness = Awaited<ReturnType<typeof startApiHarness>>;
