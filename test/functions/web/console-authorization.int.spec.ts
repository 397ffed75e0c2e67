import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../../../events/staff.js';
import { consolePages } from '../../../functions/web/console/pages.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import type { PageClient } from '../../support/page-client.js';

let api: ApiHarness;
const people = {} as Record<StaffRole, { browser: PageClient; csrf: string }>;

beforeAll(async () => {
  api = await startApiHarness();
  for (const role of STAFF_ROLES) {
    const { browser } = await api.staff(`${role}@program.example`, [role]);
    const home = await browser.get('/console');
    people[role] = { browser, csrf: /name="_csrf" value="([^"]*)"/.exec(home.html)?.[1] ?? '' };
  }
}, 60_000);
afterAll(() => api?.close());

// Any value fits a parameter here: the role is checked before the page reads it.
const pathOf = (path: string) => path.replace(/\{[^}]+\}/g, 'any-id');
const forOneRole = consolePages.filter((page): page is typeof page & { access: StaffRole } =>
  (STAFF_ROLES as readonly string[]).includes(page.access),
);
// Signing out ends the session the other cases use: console-access.int.spec.ts tests it.
const forAnyStaff = consolePages.filter(
  (page) => page.access === 'staff' && page.name !== 'console-sign-out',
);

describe('Every page and action of the console', () => {
  it.each(consolePages.filter((page) => page.access !== 'anyone'))(
    '$method $path sends a browser that has not signed in to sign in, and does nothing',
    async (page) => {
      const browser = api.browser();
      const answer =
        page.method === 'GET'
          ? await browser.get(pathOf(page.path))
          : await browser.post(pathOf(page.path), {});
      expect(answer.path.startsWith('/console/sign-in')).toBe(true);
    },
  );

  it.each(
    forOneRole.flatMap((page) =>
      STAFF_ROLES.filter((role) => role !== page.access).map((role) => ({ ...page, role })),
    ),
  )('$method $path ($access) is refused to $role', async ({ method, path, role }) => {
    const { browser, csrf } = people[role];
    const answer =
      method === 'GET' ? await browser.get(pathOf(path)) : await browser.post(pathOf(path), { _csrf: csrf });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('This page is not for your role');
  });

  it.each(forOneRole)('$method $path is open to $access', async ({ method, path, access }) => {
    const { browser, csrf } = people[access];
    const answer =
      method === 'GET' ? await browser.get(pathOf(path)) : await browser.post(pathOf(path), { _csrf: csrf });
    expect(answer.status).not.toBe(403);
    expect(answer.status).toBeLessThan(500);
    expect(answer.path.startsWith('/console/sign-in')).toBe(false);
  });

  it.each(forAnyStaff.flatMap((page) => STAFF_ROLES.map((role) => ({ ...page, role }))))(
    '$method $path is open to every member of the staff: $role',
    async ({ method, path, role }) => {
      const { browser, csrf } = people[role];
      const answer =
        method === 'GET'
          ? await browser.get(pathOf(path))
          : await browser.post(pathOf(path), { _csrf: csrf });
      expect(answer.status).not.toBe(403);
      expect(answer.status).toBeLessThan(500);
      expect(answer.path.startsWith('/console/sign-in')).toBe(false);
    },
  );
});
