import type { ApiDeps } from '../../functions/http/api-deps.js';
import type { RouteUse } from '../../functions/http/route.js';

/**
 * A route's dependencies limited to what its spec says it uses, as the cloud grants them: a
 * handler that reaches further fails its test here instead of failing in AWS for want of a
 * permission or a variable.
 */
export function restrictedDeps(deps: ApiDeps, route: string, uses: readonly RouteUse[]): ApiDeps {
  const refuse = (what: string) => {
    throw new Error(`Route ${route} uses ${what} without declaring it in its spec's \`uses\``);
  };
  const allowed = (use: RouteUse) => uses.includes(use);
  const store = new Proxy(deps.store, {
    get(target, property, receiver) {
      if (property === 'appendToStream' && !allowed('event-store:append')) refuse('event-store:append');
      if (!allowed('event-store:read') && !allowed('event-store:append')) refuse('event-store:read');
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const workflow = {
    startJourney: (...args: Parameters<ApiDeps['workflow']['startJourney']>) =>
      allowed('journeys:start') ? deps.workflow.startJourney(...args) : refuse('journeys:start'),
    completeStep: (...args: Parameters<ApiDeps['workflow']['completeStep']>) =>
      allowed('journeys:resume') ? deps.workflow.completeStep(...args) : refuse('journeys:resume'),
    failStep: (...args: Parameters<ApiDeps['workflow']['failStep']>) =>
      allowed('journeys:resume') ? deps.workflow.failStep(...args) : refuse('journeys:resume'),
  };
  return {
    get store() {
      return store;
    },
    clock: deps.clock,
    policy: deps.policy,
    get readModels() {
      return allowed('read-models:read') ? deps.readModels : refuse('read-models:read');
    },
    workflow,
    get mailer() {
      return allowed('email') ? deps.mailer : refuse('email');
    },
    sessionKey: () => (allowed('session-key') ? deps.sessionKey() : refuse('session-key')),
  } as ApiDeps;
}
