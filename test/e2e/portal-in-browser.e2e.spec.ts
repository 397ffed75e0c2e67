import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInToConsoleInBrowser } from '../support/console-in-browser.js';
import { eventually } from '../support/eventually.js';
import { pageChecks } from '../support/page-checks.js';
import { haveChromium, systemInBrowser } from '../support/system-process.js';

const OUTPUT = join(import.meta.dirname, '../../test-results/portal');
/** The finance person the program admin adds: finance's steps and the history name her. */
const FINANCE = { email: 'farah@program.example', name: 'Farah Nasser' };
const CAMPAIGN = 'm365-e5-upsell';

// One partner is approved from the approval email's link, the other in the staff console.
const widths = [
  { width: 360, height: 780, mpnId: '9200360', approvedIn: 'the email' },
  { width: 1280, height: 900, mpnId: '9201280', approvedIn: 'the console' },
] as const;

describe.skipIf(!haveChromium)('The partner portal, in a real browser', () => {
  const running = systemInBrowser();

  it('is where `npm start` says it is, beside the staff console', () => {
    expect(running.system.output()).toContain(`Partner portal      ${running.system.api}/portal`);
    expect(running.system.output()).toContain(`Staff console       ${running.system.api}/console`);
  });

  it('has a program admin, signed in to the console, add the finance person who pays the partners', {
    timeout: 120_000,
  }, async () => {
    const check = pageChecks(join(OUTPUT, 'console'));
    const admin = await running.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-CA',
      bypassCSP: true,
    });
    const page = await admin.newPage();
    await signInToConsoleInBrowser(page, running.system, 'admin@program.example', '/console/staff');
    await check(page, 'staff');
    const adding = page.locator('form', { has: page.getByRole('button', { name: 'Add to the staff' }) });
    await adding.getByLabel('Email address').fill(FINANCE.email);
    await adding.getByLabel('Name').fill(FINANCE.name);
    await adding.getByLabel('Finance: pays partners and answers their inquiries').check();
    await adding.getByRole('button', { name: 'Add to the staff' }).click();
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain(`${FINANCE.name} (${FINANCE.email}) now has these roles: finance.`);
    await check(page, 'staff-added');
    await admin.close();
  });

  describe.each(widths)('at $width px', ({ width, height, mpnId, approvedIn }) => {
    let context: BrowserContext;
    let page: Page;
    let finance: BrowserContext;
    let financePage: Page;
    const requested: { url: string; type: string }[] = [];
    const check = pageChecks(join(OUTPUT, String(width)));

    beforeAll(async () => {
      // axe is injected into the pages for the check; the pages' own policy allows no script.
      context = await running.browser.newContext({
        viewport: { width, height },
        locale: 'fr-CA',
        bypassCSP: true,
      });
      page = await context.newPage();
      page.on('request', (request) => requested.push({ url: request.url(), type: request.resourceType() }));
    });
    afterAll(() => context?.close());

    it('signs a partner up in French, logs it in with the emailed code by keyboard, and registers it by accepting the T&Cs', {
      timeout: 120_000,
    }, async () => {
      const email = `ventes-${mpnId}@revendeur.example`;
      await page.goto(running.system.api);
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
        (await running.system.emails()).find((e) => e.destination.to.includes(email)),
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

    it(`shows the approval on the dashboard once an approver approved in ${approvedIn}`, {
      timeout: 120_000,
    }, async () => {
      // The approver is staff, reading in English on a browser of its own.
      const approver = await running.browser.newContext({
        viewport: { width, height },
        locale: 'en-CA',
        bypassCSP: true,
      });
      const approvalPage = await approver.newPage();
      if (approvedIn === 'the email') {
        const approval = await eventually('the approval email', async () =>
          (await running.system.emails()).find((e) => e.subject.includes(`(MPN ${mpnId})`)),
        );
        const link = /\/approvals\/[A-Za-z0-9._-]+/.exec(approval.body.text ?? '')?.[0] ?? '';
        await approvalPage.goto(`${running.system.api}${link}`);
      } else {
        await signInToConsoleInBrowser(
          approvalPage,
          running.system,
          'approver@program.example',
          '/console/approvals',
        );
        await eventually('the registration in the approvers’ queue', async () => {
          await approvalPage.reload();
          return (
            (await approvalPage.locator('main').textContent())?.includes(`(MPN ID ${mpnId})`) || undefined
          );
        });
        await check(approvalPage, 'console-approvals');
        await approvalPage
          .getByRole('row', { name: new RegExp(`MPN ID ${mpnId}`) })
          .getByRole('link')
          .click();
      }
      expect(await approvalPage.locator('main').textContent()).toContain(`(MPN ID ${mpnId})`);
      await check(approvalPage, 'approval');
      await approvalPage.getByRole('button', { name: 'Approve' }).click();
      await expect
        .poll(() => approvalPage.locator('main').textContent())
        .toMatch(
          approvedIn === 'the email' ? /This registration is approved/ : /You approved the registration of/,
        );
      await approver.close();
      await eventually(
        'the dashboard to show the approval',
        async () => {
          await page.goto(`${running.system.api}/portal/dashboard`);
          return (await page.locator('.status').first().textContent()) === 'Approuvée' ? true : undefined;
        },
        30_000,
      );
      await check(page, 'dashboard-approved');
    });

    it('gives where to pay it, reads its statement once sales are in, and asks about a line', {
      timeout: 120_000,
    }, async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Coordonnées de paiement' }).click();
      await page.getByLabel('Raison sociale de votre entreprise').fill('Revendeur Boréal inc.');
      await page
        .getByLabel('Adresse courriel pour les avis de paiement')
        .fill(`comptes-${mpnId}@revendeur.example`);
      await page.getByLabel('Référence bancaire').fill('1234 5678 90');
      await page.getByRole('button', { name: 'Enregistrer les coordonnées de paiement' }).click();
      await expect.poll(() => page.locator('#bankReference-error').count()).toBe(1);
      await page.getByLabel('Référence bancaire').fill(`BOREAL-PAYEE-${width}`);
      await page.getByRole('button', { name: 'Enregistrer les coordonnées de paiement' }).click();
      await expect.poll(() => page.locator('.notice').first().textContent()).toContain('sont enregistrées');
      await check(page, 'payment-profile');

      const soldAt = new Date(Date.now() - 3_600_000).toISOString();
      const lines = [
        { saleId: `S-${mpnId}-1`, sku: 'M365-E5', quantity: 10, licenseType: 'Open' },
        { saleId: `S-${mpnId}-2`, sku: 'XBOX-GAMEPASS', quantity: 3, licenseType: 'Open' },
      ].map((line) => ({ ...line, mpnId, customerId: 'contoso', soldAt }));
      const sales = await running.system.json('POST', '/sales', { lines }, running.system.keys().salesSystem);
      expect(sales.status).toBe(200);

      await page.goto(`${running.system.api}/portal/dashboard`);
      await page.getByRole('link', { name: 'Relevé de Microsoft 365 E5 upsell' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Relevé : Microsoft 365 E5 upsell');
      // The statement reads the partner's ledger, which the projector brings up to date seconds
      // after the sales: the partner reads it again until they are in, as a person would.
      await expect
        .poll(
          async () => {
            await page.reload();
            return page.locator('main').textContent();
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toContain(`S-${mpnId}-1`);
      await check(page, 'statement');
      await page
        .getByRole('link', { name: `Poser une question sur cette ligne : vente S-${mpnId}-2` })
        .click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Faire une demande');
      await page
        .getByLabel('Votre question')
        .fill('Ces abonnements Game Pass ont été vendus avec des postes E5.\nPouvez-vous vérifier?');
      await check(page, 'inquiry-new');
      await page.getByRole('button', { name: 'Envoyer aux finances' }).click();
      await expect.poll(() => page.locator('.notice').first().textContent()).toBeTruthy();
      await check(page, 'inquiry');
    });

    it('follows the answer finance gave to its inquiry in the console', { timeout: 120_000 }, async () => {
      finance = await running.browser.newContext({
        viewport: { width, height },
        locale: 'en-CA',
        bypassCSP: true,
      });
      financePage = await finance.newPage();
      await signInToConsoleInBrowser(financePage, running.system, FINANCE.email, '/console/inquiries');
      await check(financePage, 'console-inquiries');
      await financePage
        .getByRole('row', { name: new RegExp(`MPN ID ${mpnId}`) })
        .getByRole('link')
        .first()
        .click();
      await expect.poll(() => financePage.locator('main').textContent()).toContain(`S-${mpnId}-2`);
      const answer = 'Nous vérifions la facture avec le distributeur; réponse sous deux jours ouvrables.';
      await financePage.getByLabel('Your answer').fill(answer);
      await financePage.getByRole('button', { name: 'Send the answer' }).click();
      await expect.poll(() => financePage.locator('main').textContent()).toContain(answer);
      await check(financePage, 'console-inquiry-answered');

      await page.goto(`${running.system.api}/portal/inquiries`);
      await page
        .getByRole('row', { name: new RegExp(`S-${mpnId}-2`) })
        .getByRole('link')
        .first()
        .click();
      await expect.poll(() => page.locator('main').textContent()).toContain(answer);
      await check(page, 'inquiry-answered');
    });

    it('sees the adjustment and the payment finance made in the console', { timeout: 180_000 }, async () => {
      await financePage.getByLabel('Outcome').selectOption({ label: 'Adjust the partner’s payout' });
      await financePage.getByLabel('Adjustment, in CAD').fill('45.00');
      await financePage.getByLabel('Note to the partner').fill('Game Pass vendu avec E5 : 3 × 15,00 CAD.');
      await financePage.getByRole('button', { name: 'Resolve', exact: true }).click();
      await expect
        .poll(() => financePage.locator('main').textContent())
        .toContain('You resolved the inquiry');

      await financePage.goto(`${running.system.api}/console/payment-runs/${CAMPAIGN}`);
      await financePage.getByRole('button', { name: 'Close the statements' }).click();
      await expect.poll(() => financePage.locator('main').textContent()).toContain('You closed');
      await financePage.getByRole('button', { name: 'Run the payments' }).click();
      await check(financePage, 'console-payment-run');
      const paid = financePage.getByLabel('Partner');
      await paid.selectOption(
        (await paid.locator('option', { hasText: `MPN ID ${mpnId}` }).getAttribute('value')) ?? '',
      );
      await financePage.getByLabel('Amount sent').fill('445.00');
      await financePage.getByLabel('Reference').fill(`EFT-${mpnId}`);
      await financePage.getByRole('button', { name: 'Record the payment' }).click();
      await expect.poll(() => financePage.locator('main').textContent()).toContain(`EFT-${mpnId}`);
      await check(financePage, 'console-payment-recorded');

      await page.goto(`${running.system.api}/portal/inquiries`);
      await check(page, 'inquiries');
      await page.goto(`${running.system.api}/portal/statements/${CAMPAIGN}`);
      await expect.poll(() => page.locator('main').textContent()).toContain(`EFT-${mpnId}`);
      await check(page, 'statement-paid');
    });

    it('shows in the console’s history who did what, by name', { timeout: 60_000 }, async () => {
      await financePage.goto(`${running.system.api}/console/history/registration/${CAMPAIGN}--${mpnId}`);
      const history = (await financePage.locator('main').textContent()) ?? '';
      expect(history).toContain(`Partner ${mpnId}`);
      expect(history).toContain('approver@program.example (approver)');
      expect(history).toContain(`${FINANCE.name} (finance)`);
      await check(financePage, 'console-history');
      await finance.close();
    });

    it('loads nothing from another host, and no script', () => {
      const origin = new URL(running.system.api).origin;
      expect(requested.filter(({ url }) => new URL(url).origin !== origin)).toEqual([]);
      expect(requested.filter(({ type }) => type === 'script')).toEqual([]);
      expect(requested.filter(({ type }) => type === 'document').length).toBeGreaterThan(5);
    });

    it('logs out, after which the session opens nothing', { timeout: 60_000 }, async () => {
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Connexion');
      expect(await page.locator('.notice').textContent()).toContain('Vous êtes déconnecté.');
      await page.goto(`${running.system.api}/portal/dashboard`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Connexion');
    });
  });
});
