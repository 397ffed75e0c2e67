import type { RouteSpec } from '../http/route.js';
import type { PageSpec } from './page.js';

/**
 * The gateway's routes of the pages: anyone may reach a page (its own handler sends a visitor
 * without a session to log in), and every page of a site goes to the one Lambda that serves them all.
 */
export const gatewayRoutesOf = (
  pages: readonly Pick<PageSpec<never>, 'name' | 'method' | 'path'>[],
): Pick<RouteSpec, 'name' | 'method' | 'path' | 'role'>[] =>
  pages.map(({ name, method, path }) => ({ name, method, path, role: 'anyone' }));
