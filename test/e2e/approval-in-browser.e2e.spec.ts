import { describe, expect, it } from 'vitest';
import { partnerDetails } from '../support/api-journeys.js';
import { eventually } from '../support/eventually.js';
import { haveChromium, systemInBrowser } from '../support/system-process.js';

describe.skipIf(!haveChromium)('Approving a registration from the email, in a real browser', () => {
  const running = systemInBrowser();

  it('opens the approval email in the mail viewer, follows the link, and approves', {
    timeout: 120_000,
  }, async () => {
    const { system, browser } = running;
    const { json, emails } = system;
    const mpnId = '9100001';
    const partner = partnerDetails(mpnId);
    expect((await json('POST', '/partners/signup', partner)).status).toBe(202);
    const codeEmail = await eventually('the access code email', async () =>
      (await emails()).find((e) => e.destination.to.includes(partner.contactEmail)),
    );
    const accessCode = /^Access code: (\S+)$/m.exec(codeEmail.body.text ?? '')?.[1];
    const session = await json('POST', '/partners/session', { mpnId, accessCode });
    expect(session.status).toBe(200);
    const token = session.body.token as string;
    const { termsSha256 } = (await json('GET', '/campaigns/m365-e5-upsell', undefined, token)).body;
    expect(termsSha256).toMatch(/^[0-9a-f]{64}$/);
    const registered = await json(
      'POST',
      '/campaigns/m365-e5-upsell/registrations',
      {
        agreementNumber: 'INV-0091000',
        signature: { signerName: 'Dana Smith', signerEmail: partner.contactEmail, termsSha256 },
      },
      token,
    );
    expect(registered.status).toBe(202);
    const registrationId = registered.body.registrationId as string;

    const page = await browser.newPage();
    await page.goto(system.mail);
    const card = page
      .locator('div.email')
      .filter({ hasText: `Registration to approve: ${partner.companyName}` })
      .first();
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: 'Toggle HTML view' }).click();
    const link = card.frameLocator('iframe').getByRole('link', { name: 'Review and decide' });
    const [approvalPage] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await approvalPage.waitForLoadState();
    await expect
      .poll(() => approvalPage.getByRole('heading', { level: 1 }).textContent())
      .toBe('Approve a campaign registration');
    expect(await approvalPage.textContent('body')).toContain(`${partner.companyName} (MPN ID ${mpnId})`);

    const untouched = await json('GET', `/registrations/${registrationId}`, undefined, token);
    expect(untouched.body).toMatchObject({ status: 'pending-approval' });
    expect(untouched.body.history.map((h: { type: string }) => h.type)).toEqual([
      'RegistrationSubmitted',
      'ApprovalRequested',
    ]);

    await approvalPage.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => approvalPage.getByRole('heading', { level: 1 }).textContent())
      .toBe('Registration approved');

    const mine = await eventually('the partner dashboard to show the approval', async () => {
      const list = (await json('GET', '/registrations', undefined, token)).body as {
        registrations: { status: string }[];
      };
      return list.registrations[0]?.status === 'approved' ? list.registrations : undefined;
    });
    expect(mine).toMatchObject([{ registrationId, status: 'approved' }]);
    const decision = await eventually('the approved email', async () =>
      (await emails()).find(
        (e) => e.destination.to.includes(partner.contactEmail) && /was approved/.test(e.subject),
      ),
    );
    expect(decision.body.text).toMatch(/^Status: approved$/m);
  });
});
