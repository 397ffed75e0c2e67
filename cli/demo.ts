import { createHash, randomInt } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../functions/logging/logger.js';
import type { LocalApiKeys } from '../infra/local/api-gateway.js';
import { localDataFolder, localPorts } from '../infra/local/local-config.js';
import { startLocalSystem } from '../infra/local/local-system.js';
import { publishSampleCampaigns } from '../infra/local/publish-samples.js';
import type { StoredEmail } from '../infra/local/ses-local.js';

/**
 * npm run demo: the program announcement, end to end, as its four actors, against the local
 * system (started here if none is running). Each step prints what happened; the exit code is 0
 * only if every step did what it should.
 */
const apiUrl = `http://127.0.0.1:${localPorts.api}`;
const mailUrl = `http://127.0.0.1:${localPorts.ses}`;
const CAMPAIGN = 'm365-e5-upsell';

class DemoFailure extends Error {}

let stepNumber = 0;
const step = (text: string) => process.stdout.write(`\n${++stepNumber}. ${text}\n`);
const say = (text: string) => process.stdout.write(`   ${text}\n`);

function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new DemoFailure(what);
}

async function call(
  method: string,
  path: string,
  options: { body?: unknown; token?: string; form?: boolean } = {},
) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = options.form ? 'application/x-www-form-urlencoded' : 'application/json';
    body = options.form
      ? new URLSearchParams(options.body as Record<string, string>).toString()
      : JSON.stringify(options.body);
  }
  const response = await fetch(`${apiUrl}${path}`, { method, headers, ...(body ? { body } : {}) });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers, json: () => JSON.parse(text) };
}

async function emailTo(to: string, subject: RegExp): Promise<StoredEmail> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { emails } = (await (await fetch(`${mailUrl}/store`)).json()) as { emails: StoredEmail[] };
    const found = emails.filter((e) => e.destination.to.includes(to) && subject.test(e.subject)).at(-1);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new DemoFailure(`no email to ${to} about ${subject} arrived within 30 s`);
}

async function running(): Promise<boolean> {
  try {
    return (await fetch(`${apiUrl}/health`)).ok;
  } catch {
    return false;
  }
}

function table(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `   ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`;
  process.stdout.write(
    `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`,
  );
}

const cad = (cents: number) => `CAD ${(cents / 100).toFixed(2)}`;

async function walk(keys: LocalApiKeys) {
  const mpnId = String(randomInt(4_000_000, 4_999_999));
  const partner = {
    mpnId,
    companyName: `Demo Reseller ${mpnId}`,
    contactEmail: `sales-${mpnId}@reseller.example`,
    country: 'CA',
  };

  step(`Partner ${partner.companyName} (MPN ID ${mpnId}) asks for an access code`);
  const signedUp = await call('POST', '/partners/signup', { body: partner });
  check(signedUp.status === 202, `sign-up answered ${signedUp.status}: ${signedUp.text}`);
  const codeEmail = await emailTo(partner.contactEmail, /access code/i);
  const accessCode = /^Access code: (\S+)$/m.exec(codeEmail.body.text ?? '')?.[1];
  check(accessCode, 'the access-code email has no "Access code:" line');
  say(`The email "${codeEmail.subject}" arrived at ${partner.contactEmail} (the code stays in the email).`);

  step('The partner logs in with the code');
  const session = await call('POST', '/partners/session', { body: { mpnId, accessCode } });
  check(session.status === 200, `login answered ${session.status}: ${session.text}`);
  const token = session.json().token as string;
  say(`Session open until ${session.json().expiresAt}.`);

  step('The partner lists the campaigns open for registration');
  const { campaigns } = (await call('GET', '/campaigns', { token })).json() as {
    campaigns: { campaignId: string; name: string; period: { start: string }; termsSha256: string }[];
  };
  for (const c of campaigns) say(`${c.campaignId}: ${c.name}`);
  const campaign = campaigns.find((c) => c.campaignId === CAMPAIGN);
  check(campaign, `${CAMPAIGN} is not open for registration`);

  step(`The partner downloads the T&Cs of ${CAMPAIGN}, keeps a copy and signs that version`);
  const terms = await call('GET', `/campaigns/${CAMPAIGN}/terms`, { token });
  const termsSha256 = createHash('sha256').update(terms.text, 'utf8').digest('hex');
  check(termsSha256 === campaign.termsSha256, 'the downloaded T&Cs are not the version listed');
  say(`${terms.headers.get('content-disposition')}; SHA-256 ${termsSha256.slice(0, 16)}...`);
  const registered = await call('POST', `/campaigns/${CAMPAIGN}/registrations`, {
    token,
    body: {
      agreementNumber: `INV-${mpnId}-01`,
      signature: { signerName: 'Dana Smith', signerEmail: partner.contactEmail, termsSha256 },
    },
  });
  check(registered.status === 202, `registration answered ${registered.status}: ${registered.text}`);
  const registrationId = registered.json().registrationId as string;
  say(`Registered with invoice number INV-${mpnId}-01: ${registrationId}, pending approval.`);

  step('The approver opens the link in the approval email, then approves');
  const approver = (process.env.APPROVER_EMAILS ?? 'approver@program.example')
    .split(',')[0]
    ?.trim() as string;
  const approvalEmail = await emailTo(approver, new RegExp(`MPN ${mpnId}\\)`));
  const link = /^Review and decide: (\S+)$/m.exec(approvalEmail.body.text ?? '')?.[1];
  check(link, 'the approval email has no link');
  const page = await fetch(link);
  check(page.status === 200 && (await page.text()).includes('Approve'), 'the approval page did not open');
  const stillPending = (await call('GET', `/registrations/${registrationId}`, { token })).json();
  check(stillPending.status === 'pending-approval', 'opening the link changed the registration');
  say('The page shows the registration; opening it changed nothing.');
  const path = new URL(link).pathname;
  const approved = await call('POST', path, { body: { decision: 'approve' }, form: true });
  check(approved.status === 200, `approving answered ${approved.status}`);
  say('Approved.');

  step('The partner receives the "approved" email');
  const decision = await emailTo(partner.contactEmail, /was approved/);
  check(
    /^Status: approved$/m.test(decision.body.text ?? ''),
    'the decision email has no "Status: approved" line',
  );
  say(`"${decision.subject}"`);

  step('The sales system pushes a batch of sales, then a credit note');
  // An hour ago, but inside the campaign's period, which starts on the first of the month.
  const soldAt = new Date(Math.max(Date.now() - 3_600_000, Date.parse(campaign.period.start))).toISOString();
  const lines = [
    { sku: 'M365-E5', quantity: 25, licenseType: 'Open' },
    { sku: 'M365-E3', quantity: 40, licenseType: 'CSP' },
    { sku: 'D365-SALES', quantity: 5, licenseType: 'OpenValue' },
    { sku: 'M365-E5', quantity: 10, licenseType: 'Retail' },
    { sku: 'XBOX-GAMEPASS', quantity: 3, licenseType: 'Open' },
  ].map((l, i) => ({ saleId: `S-${mpnId}-${i + 1}`, mpnId, customerId: `customer-${i % 3}`, soldAt, ...l }));
  const sales = await call('POST', '/sales', { token: keys.salesSystem, body: { lines } });
  check(sales.status === 200 && sales.json().accepted === lines.length, `sales answered ${sales.text}`);
  const reversal = await call('POST', '/sales/reversals', {
    token: keys.salesSystem,
    body: {
      reversals: [
        {
          reversalId: `CN-${mpnId}-1`,
          saleId: `S-${mpnId}-1`,
          quantity: 5,
          reversedAt: new Date().toISOString(),
        },
      ],
    },
  });
  check(reversal.status === 200 && reversal.json().accepted === 1, `the reversal answered ${reversal.text}`);
  say(`${lines.length} lines recorded; 5 units of S-${mpnId}-1 reversed.`);

  step('Finance pulls the projected payout report');
  const report = (
    await call('GET', `/reports/payouts?campaignId=${CAMPAIGN}`, { token: keys.finance })
  ).json();
  table(
    ['partner', 'registration', 'units', 'lines', 'amount'],
    report.statements.map(
      (s: {
        mpnId: string;
        registrationStatus: string;
        eligibleUnits: number;
        count: number;
        amountCents: number;
      }) => [s.mpnId, s.registrationStatus, String(s.eligibleUnits), String(s.count), cad(s.amountCents)],
    ),
  );
  const mine = report.statements.find((s: { mpnId: string }) => s.mpnId === mpnId);
  check(mine, 'the report has no statement for the demo partner');
  const expected = 20 * 4000 + 40 * 1500 + 5 * 6000;
  check(mine.amountCents === expected, `the demo partner earns ${mine.amountCents} cents, not ${expected}`);
  for (const e of mine.excluded as { saleId: string; reason: string }[])
    say(`${e.saleId} earned nothing: ${e.reason}`);
  const csv = await call('GET', `/reports/payouts?campaignId=${CAMPAIGN}&format=csv`, {
    token: keys.finance,
  });
  const csvPath = join(localDataFolder, 'demo-payout-report.csv');
  writeFileSync(csvPath, csv.text);
  say(`Total ${cad(report.totalCents)}; the CSV is in ${csvPath}.`);
}

async function main(): Promise<number> {
  let stop: (() => Promise<void>) | undefined;
  let keys: LocalApiKeys;
  if (await running()) {
    const path = join(localDataFolder, 'keys.json');
    check(existsSync(path), `a system answers on ${apiUrl}, but ${path} is missing`);
    keys = JSON.parse(readFileSync(path, 'utf8'));
    process.stdout.write(`Using the local system running on ${apiUrl}.\n`);
  } else {
    process.stdout.write(`Nothing answers on ${apiUrl}: starting the local system for the demo...\n`);
    process.env.LOG_LEVEL ??= 'warn';
    const system = await startLocalSystem(createLogger({ service: 'local-system' }));
    await publishSampleCampaigns(system);
    keys = system.keys;
    stop = system.stop;
  }
  try {
    await walk(keys);
    process.stdout.write('\nEvery step did what it should.\n');
    return 0;
  } catch (error) {
    if (!(error instanceof DemoFailure)) throw error;
    process.stderr.write(`\nStep ${stepNumber} failed: ${error.message}\n`);
    return 1;
  } finally {
    await stop?.();
  }
}

process.exitCode = await main();
