import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { pageChecks } from '../support/page-checks.js';
import { haveChromium, launchChromium, type RunningSystem, startSystem } from '../support/system-process.js';

const OUTPUT = join(import.meta.dirname, '../../test-results/portal');
const CAMPAIGN = 'm365-e5-upsell';

let system: RunningSystem;
let browser: Browser;

const widths = [
  { width: 360, height: 780, mpnId: '9200360' },
  { width: 1280, height: 900, mpnId: '9201280' },
];

describe.skipIf(!haveChromium)('The partner portal, in a real browser', () => {
  beforeAll(async () => {
    system = await startSystem();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, 60_000);

  it('is where `npm start` says it is', () => {
    expect(system.output()).toContain(`Partner portal      ${system.api}/portal`);
  });

  describe.each(widths)('at $width px', ({ width, height, mpnId }) => {
    let context: BrowserContext;
    let page: Page;
    const requested: { url: string; type: string }[] = [];
    const check = pageChecks(join(OUTPUT, String(width)));

    beforeAll(async () => {
      // axe is injected into the pages for the check; the pages' own policy allows no script.
      context = await browser.newContext({ viewport: { width, height }, locale: 'fr-CA', bypassCSP: true });
      page = await context.newPage();
      page.on('request', (request) => requested.push({ url: request.url(), type: request.resourceType() }));
    });
    afterAll(() => context?.close());

    it('signs a partner up in French, logs it in with the emailed code by keyboard, and registers it by accepting the T&Cs', {
      timeout: 120_000,
    }, async () => {
      const email = `ventes-${mpnId}@revendeur.example`;
      await page.goto(system.api);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Connexion');
      await check(page, 'log-in');

      await page
        .getByRole('link', { name: 'Nouveau dans le programme? Demandez votre premier code d’accès' })
        .click();
      await page.getByLabel('ID MPN').fill('12');
      await page.getByLabel('Nom de l’entreprise').fill('Revendeur Boréal inc.');
      await page.getByLabel('Adresse courriel de contact').fill('pas-un-courriel');
      await page.getByRole('button', { name: 'M’envoyer un code d’accès' }).click();
      await expect
        .poll(() => page.locator('#mpnId-error').textContent())
        .toBe('Entrez votre ID MPN : de 6 à 10 chiffres.');
      expect(await page.getByLabel('Nom de l’entreprise').inputValue()).toBe('Revendeur Boréal inc.');
      await check(page, 'sign-up-refused');
      await page.getByLabel('ID MPN').fill(mpnId);
      await page.getByLabel('Adresse courriel de contact').fill(email);
      expect(await page.getByLabel('Langue du portail et des courriels').inputValue()).toBe('fr');
      await page.getByRole('button', { name: 'M’envoyer un code d’accès' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Consultez vos courriels');
      await check(page, 'code-sent');

      const codeEmail = await eventually('the access code email', async () =>
        (await system.emails()).find((e) => e.destination.to.includes(email)),
      );
      const accessCode = /^Access code: (\S+)$/m.exec(codeEmail.body.text ?? '')?.[1] ?? '';
      await page.getByRole('link', { name: 'Se connecter avec le code' }).click();
      expect(await page.getByLabel('ID MPN').inputValue()).toBe(mpnId);
      // By keyboard alone: the field after the MPN ID is the code, and Enter sends the form.
      await page.getByLabel('ID MPN').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.type(accessCode);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Vos inscriptions');
      await check(page, 'dashboard-empty');

      await page.getByRole('navigation').getByRole('link', { name: 'Campagnes' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Campagnes ouvertes aux inscriptions');
      await check(page, 'campaigns');
      await page.locator(`a[href="/portal/campaigns/${CAMPAIGN}"]`).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Microsoft 365 E5 upsell');
      expect(await page.locator('.terms').textContent()).toContain('Terms and Conditions');
      await check(page, 'campaign');

      await page.getByLabel('Numéro de contrat').fill(`INV-${mpnId}`);
      await page.getByLabel('Nom du signataire').fill('Dominique Tremblay');
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Signer et s’inscrire' }).click();
      await expect.poll(() => page.locator('.status').textContent()).toBe('En attente d’approbation');
      await check(page, 'registered');
    });

    it('shows the approval on the dashboard once the approver approved from the email', {
      timeout: 120_000,
    }, async () => {
      const approval = await eventually('the approval email', async () =>
        (await system.emails()).find((e) => e.subject.includes(`(MPN ${mpnId})`)),
      );
      const link = /\/approvals\/[A-Za-z0-9._-]+/.exec(approval.body.text ?? '')?.[0] ?? '';
      expect((await system.json('POST', link, { decision: 'approve' })).status).toBe(200);
      await eventually(
        'the dashboard to show the approval',
        async () => {
          await page.goto(`${system.api}/portal/dashboard`);
          return (await page.locator('.status').first().textContent()) === 'Approuvée' ? true : undefined;
        },
        30_000,
      );
      await check(page, 'dashboard-approved');
    });

    it('loads nothing from another host, and no script', () => {
      const origin = new URL(system.api).origin;
      expect(requested.filter(({ url }) => new URL(url).origin !== origin)).toEqual([]);
      expect(requested.filter(({ type }) => type === 'script')).toEqual([]);
      expect(requested.filter(({ type }) => type === 'document').length).toBeGreaterThan(5);
    });

    it('logs out, after which the session opens nothing', { timeout: 60_000 }, async () => {
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Connexion');
      expect(await page.locator('.notice').textContent()).toContain('Vous êtes déconnecté.');
      await page.goto(`${system.api}/portal/dashboard`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Connexion');
    });
  });
});
