import type { Page } from 'playwright-core';
import { eventually } from './eventually.js';
import type { RunningSystem } from './system-process.js';

/**
 * A person of the staff signs in to the console in a real browser, as they would locally: the
 * console's sign-in page, the identity service's stand-in (their address, the code it emails to
 * the mail viewer), and back to the console's page they asked for.
 */
export async function signInToConsoleInBrowser(
  page: Page,
  system: RunningSystem,
  email: string,
  path = '/console',
) {
  await page.goto(`${system.api}${path}`);
  await page.getByRole('link', { name: /^(Sign in|Se connecter)$/ }).click();
  await page.getByLabel('Work email').fill(email);
  const before = (await system.emails()).length;
  await page.getByRole('button', { name: 'Email me a sign-in code' }).click();
  const codeEmail = await eventually('the sign-in code email', async () =>
    (await system.emails()).slice(before).find((e) => e.destination.to.includes(email)),
  );
  const code = /is (\d{6})\./.exec(codeEmail.body.text ?? '')?.[1] ?? '';
  await page.getByLabel('Sign-in code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${system.api}${path}`);
}
