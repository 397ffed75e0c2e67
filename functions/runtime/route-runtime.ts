import type { RouteDeps, RouteSpec, RouteUse, UseDeps } from '../http/route.js';
import { programDeps } from './program.js';

/** How a route's Lambda gets what one of its uses gives, from its environment. */
export type UseProviders<Uses extends readonly RouteUse[]> = { [Use in Uses[number]]: () => UseDeps[Use] };

/**
 * The dependencies of a route's Lambda: the program's, and one provider for each use its spec
 * declares (no more: the object is checked against the declaration). A handler module imports
 * only the providers it names, so its bundle holds no other AWS client.
 */
export function routeRuntime<const Spec extends Pick<RouteSpec, 'uses'>>(
  spec: Spec,
  providers: UseProviders<Spec['uses']>,
): () => RouteDeps<Spec> {
  return () =>
    Object.assign({}, programDeps(), ...spec.uses.map((use: Spec['uses'][number]) => providers[use]()));
}
