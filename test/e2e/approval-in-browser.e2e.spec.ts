import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/ports.js';
import type { StoredEmail } from '../../infra/local/ses-local.js';
import { partnerDetails } from '../support/api-journeys.js';
import { eventually } from '../support/eventually.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `Skipping the browser test: no Chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH).`,
  );
}

let system: ChildProcess;
let browser: Browser;
let api = '';
let mail = '';
const dataDir = mkdtempSync(join(tmpdir(), 'cashback-e2e-'));

/** `npm start` in a process of its own, on free ports, with its data in a folder of its own. */
async function startSystem() {
  const ports = {
    PORT: await freePort(),
    SES_PORT: await freePort(),
    DYNAMODB_PORT: await freePort(),
    SFN_PORT: await freePort(),
  };
  api = `http://127.0.0.1:${ports.PORT}`;
  mail = `http://127.0.0.1:${ports.SES_PORT}`;
  system = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      LOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  system.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  await eventually(
    'the local system to be ready',
    async () => (output.includes('is running locally') ? true : undefined),
    90_000,
  );
}

const json = async (method: string, path: string, body?: unknown, token?: string) => {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads a few fields of each answer.
  return { status: response.status, body: (await response.json()) as any };
};

const emails = async () =>
  ((await (await fetch(`${mail}/store`)).json()) as { emails: StoredEmail[] }).emails;

describe.skipIf(!haveChromium)('Approving a registration from the email, in a real browser', () => {
  beforeAll(async () => {
    await startSystem();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (system && system.exitCode === null) {
      const exited = new Promise((resolve) => system.once('exit', resolve));
      system.kill('SIGINT');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('opens the approval email in the mail viewer, follows the link, and approves', {
    timeout: 120_000,
  }, async () => {
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
    await page.goto(mail);
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
      const list = (await json('GET', '/registrations', undefined, token)).body as { status: string }[];
      return list[0]?.status === 'approved' ? list : undefined;
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
