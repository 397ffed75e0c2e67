import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../domain/durations.js';
import { loadPaymentProfile } from '../../../functions/application/payment-profile.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { partnerDetails } from '../../support/api-journeys.js';
import { roomyPolicy } from '../../support/memory-program.js';
import type { PageClient, ReceivedPage } from '../../support/page-client.js';
import { partnerInPortal } from '../../support/portal-journeys.js';

const PAGE = '/portal/payment-profile';
let api: ApiHarness;

// A hold other than the default 7 days: the page says the program's own number.
beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z', {
    ...roomyPolicy,
    paymentProfileChangeHoldMs: 3 * DAY_MS,
  });
});
afterAll(() => api.close());

const profile = (mpnId: string) => ({
  legalName: `Partner ${mpnId} Inc.`,
  remittanceEmail: `ap-${mpnId}@partner.example`,
  bankReference: 'VENDOR-NW-0042',
});

const save = async (browser: PageClient, fields: Record<string, string>) =>
  browser.submit(await browser.get(PAGE), PAGE, fields);

const errorOf = (page: ReceivedPage, field: string) =>
  new RegExp(`<span class="error" id="${field}-error">([^<]*)</span>`).exec(page.html)?.[1];

describe('The payment details page', () => {
  it('says that none are given yet and that payments wait for them, with the form to give them', async () => {
    const browser = await partnerInPortal(api, '8400001');
    const page = await browser.get(PAGE);
    expect(page.status).toBe(200);
    expect(page.text).toContain(
      'On file You have not given your payment details yet. Your payments wait until you do.',
    );
    expect(page.text).toContain('Give your payment details');
    expect(page.html).toContain(`action="${PAGE}"`);
    expect(page.text).toContain(
      'Never a bank account, card or IBAN number: six digits or more in a row (even split by spaces, dashes or a single letter) are refused.',
    );
    expect(page.html).toContain('aria-describedby="bankReference-hint"');
  });

  it('sets them with the API’s use case, and shows the bank reference by its last 4 characters only', async () => {
    const mpnId = '8400002';
    const browser = await partnerInPortal(api, mpnId);
    const saved = await save(browser, profile(mpnId));
    expect(saved).toMatchObject({ status: 200, path: `${PAGE}?saved=first` });
    expect(saved.text).toContain('Your payment details are saved.');
    expect(saved.text).toContain(
      `On file Legal name of your company Partner ${mpnId} Inc. Remittance email address ap-${mpnId}@partner.example Bank reference Ending in 0042 Last changed July 25, 2026 at 5:00 a.m. PDT`,
    );
    expect(saved.html).not.toContain('VENDOR-NW-0042');
    expect(saved.text).toContain('Change your payment details');
    expect(saved.html).toContain(`name="legalName" value="Partner ${mpnId} Inc."`);
    expect(saved.html).toContain('name="bankReference" value=""');
    expect(await loadPaymentProfile(api.deps.store, mpnId)).toMatchObject(profile(mpnId));
  });

  it('tells after a change that the contact and both remittance addresses are emailed, and how long payments are held', async () => {
    const mpnId = '8400003';
    const browser = await partnerInPortal(api, mpnId);
    await save(browser, profile(mpnId));
    const changed = await save(browser, {
      ...profile(mpnId),
      remittanceEmail: `pay-${mpnId}@partner.example`,
    });
    expect(changed.path).toBe(`${PAGE}?saved=changed`);
    expect(changed.text).toContain(
      'Your payment details are changed. We emailed the change to your contact address and to the remittance addresses before and after it. For your security, a payment run less than 3 days after a change holds your payments until finance has checked the change with you.',
    );
    await api.deliver();
    const told = api.mailer.outbox.filter((m) => /payment/i.test(m.subject)).map((m) => m.to);
    expect(told).toEqual(
      expect.arrayContaining([
        partnerDetails(mpnId).contactEmail,
        `ap-${mpnId}@partner.example`,
        `pay-${mpnId}@partner.example`,
      ]),
    );
    const again = await save(browser, { ...profile(mpnId), remittanceEmail: `pay-${mpnId}@partner.example` });
    expect(again.path).toBe(`${PAGE}?saved=unchanged`);
    expect(again.text).toContain('These are already your payment details: nothing changed.');
  });

  it('refuses an account, card or IBAN number beside the field, saying which, keeping what was typed', async () => {
    const mpnId = '8400004';
    const browser = await partnerInPortal(api, mpnId);
    const account = await save(browser, { ...profile(mpnId), bankReference: 'A12-345-678' });
    expect(account.status).toBe(400);
    expect(errorOf(account, 'bankReference')).toMatch(/^This looks like a bank account or card number/);
    expect(account.html).toContain('name="bankReference" value="A12-345-678"');
    expect(account.html).toContain(`name="legalName" value="Partner ${mpnId} Inc."`);
    expect(account.html).toContain('aria-describedby="bankReference-hint bankReference-error"');

    const iban = await save(browser, { ...profile(mpnId), bankReference: 'GB82WEST12345698765432' });
    expect(errorOf(iban, 'bankReference')).toMatch(/^This looks like an IBAN\./);
    const malformed = await save(browser, { ...profile(mpnId), bankReference: 'x', remittanceEmail: 'nope' });
    expect(errorOf(malformed, 'bankReference')).toMatch(/^Enter your payee reference: 4 to 64 letters/);
    expect(errorOf(malformed, 'remittanceEmail')).toBe('Enter an email address, such as ap@company.ca.');

    expect(await loadPaymentProfile(api.deps.store, mpnId)).toBeUndefined();
  });

  it('reads in French, the hold in the program’s days', async () => {
    const mpnId = '8400005';
    const browser = await partnerInPortal(api, mpnId, 'fr');
    await save(browser, profile(mpnId));
    const refused = await save(browser, { ...profile(mpnId), bankReference: '4111 1111 1111 1111' });
    expect(errorOf(refused, 'bankReference')).toMatch(
      /^Ceci ressemble à un numéro de compte bancaire ou de carte/,
    );
    const changed = await save(browser, { ...profile(mpnId), legalName: 'Partenaire ltée' });
    expect(changed.html).toContain('<html lang="fr">');
    expect(changed.text).toContain('Raison sociale de votre entreprise Partenaire ltée');
    expect(changed.text).toContain('Référence bancaire Se terminant par 0042');
    expect(changed.text).toContain(
      'les paiements préparés moins de 3 jours après une modification sont retenus',
    );
  });
});
