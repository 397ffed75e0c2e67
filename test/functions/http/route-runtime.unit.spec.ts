import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeModules } from '../../../functions/http/route-table.js';

const STORE_USES = ['event-store:read', 'event-store:append', 'read-models:read'];

describe('The runtime each route is built with', () => {
  it.each(routeModules.map((m) => [m.route.name, m.route.uses] as const))(
    '%s: the store-only runtime only where the route uses nothing else',
    (name, uses) => {
      const source = readFileSync(`functions/handlers/api/${name}.ts`, 'utf8');
      const storeOnly = uses.every((use) => STORE_USES.includes(use));
      expect(source.includes('createHandler(storeRuntime)')).toBe(storeOnly);
    },
  );
});
