import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fraudFlagDecider } from '../../../domain/fraud/fraud-flag.js';
import { inquiryDecider } from '../../../domain/inquiries/decide.js';
import { payoutDecider } from '../../../domain/payouts/decide.js';
import { registrationIdOf, streamIds } from '../../../events/streams.js';
import { readSlice } from '../../../functions/application/read-slice.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { approvedPartner, partnerDetails, publish } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';
import type { PageClient, ReceivedPage } from '../../support/page-client.js';
import { errorOf, formValues } from '../../support/page-forms.js';
import { partnerWithStatement } from '../../support/portal-journeys.js';

const NOW = '2026-07-25T12:00:00Z';
const CAMPAIGN = 'e5-queues';
const FLAGGED = 'e5-flagged';
const FINANCE = { email: 'fran@program.example', name: 'Fran Leblanc' };
const AS_FINANCE = { role: 'finance', id: FINANCE.email, name: FINANCE.name };
let api: ApiHarness;
let finance: PageClient;

beforeAll(async () => {
  api = await startApiHarness(NOW);
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN, name: 'Microsoft 365 E5 upsell' }));
  await publish(api, dollarPerSkuTerms({ campaignId: FLAGGED, name: 'E5 under watch' }));
  ({ browser: finance } = await api.staff(FINANCE.email, ['finance'], { name: FINANCE.name }));
});
afterAll(() => api?.close());

/** A partner with a statement raises an inquiry in the portal about one of its lines; its id. */
async function inquiryRaised(mpnId: string, message = 'Why does this line earn nothing?'): Promise<string> {
  const partner = await partnerWithStatement(api, mpnId, CAMPAIGN);
  const form = await partner.get(`/portal/inquiries/new?campaignId=${CAMPAIGN}&saleId=${mpnId}-2`);
  const raised = await partner.submit(form, '/portal/inquiries', {
    ...formValues(form, '/portal/inquiries'),
    message,
  });
  const inquiryId = /^\/portal\/inquiries\/([0-9a-f-]{36})\?raised=1$/.exec(raised.path)?.[1];
  if (!inquiryId) throw new Error(`No inquiry was raised: ${raised.text}`);
  await api.project();
  return inquiryId;
}

const inquiryEvents = async (inquiryId: string) =>
  (await readSlice(api.deps.store, inquiryDecider, streamIds.inquiry(inquiryId))).events;

/** Sends a form of the page as shown, with these fields over what it holds. */
const send = (browser: PageClient, page: ReceivedPage, action: string, fields: Record<string, string>) =>
  browser.submit(page, action, { ...formValues(page, action), ...fields });

describe('The inquiry queue', () => {
  it('lists an inquiry raised in the portal: who asked about which sale, where it stands, newest first, by status', async () => {
    const inquiryId = await inquiryRaised('8500001');
    const queue = await finance.get('/console/inquiries');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain(
      'July 25, 2026 Partner 8500001 (MPN ID 8500001) Microsoft 365 E5 upsell 8500001-2 A line of their statement Waiting for an answer Not yet',
    );
    expect(queue.html).toContain(`href="/console/inquiries/${inquiryId}"`);
    expect(queue.html).toContain('<a href="/console/inquiries?status=open" aria-current="page">Open</a>');
    const resolved = await finance.get('/console/inquiries?status=resolved');
    expect(resolved.html).not.toContain(inquiryId);
    expect(resolved.text).toContain('No inquiry is resolved yet.');
    expect((await finance.get('/console/inquiries?status=all')).html).toContain(inquiryId);
  });

  it('shows the inquiry with the partner’s question and the sale as the statement shows it', async () => {
    const inquiryId = await inquiryRaised('8500002', 'Why nothing?\nIt was an E5 bundle.');
    const page = await finance.get(`/console/inquiries/${inquiryId}`);
    expect(page.text).toContain('Inquiry of Partner 8500002 Partner Partner 8500002 (MPN ID 8500002)');
    expect(page.html).toContain('<p>Why nothing?<br>It was an E5 bundle.</p>');
    expect(page.text).toContain(
      'Sale 8500002-2 Sold on July 10, 2026 Customer cust-a Product (SKU) XBOX Units 1',
    );
    expect(page.text).toContain(
      'On the statement today Earns nothing. The statement tells the partner: “Its SKU is not part of this campaign.”',
    );
    expect(page.text).toContain('Nobody has answered yet.');
  });
});

describe('Answering an inquiry', () => {
  it('records the answer in the finance person’s name, says so, and the partner is emailed it', async () => {
    const inquiryId = await inquiryRaised('8500011');
    const page = await finance.get(`/console/inquiries/${inquiryId}`);
    const answered = await send(finance, page, `/console/inquiries/${inquiryId}/answer`, {
      message: 'We are checking with the distributor.',
    });
    expect(answered.path).toBe(`/console/inquiries/${inquiryId}?done=answered`);
    expect(answered.text).toContain('Your answer of July 25, 2026 at 8:00 a.m. EDT is recorded');
    expect(answered.text).toContain(
      'Answered on July 25, 2026 at 8:00 a.m. EDT by Fran Leblanc (finance) We are checking with the distributor.',
    );
    const [answer] = (await inquiryEvents(inquiryId)).filter((e) => e.type === 'InquiryAnswered');
    expect(answer?.metadata.actor).toEqual(AS_FINANCE);

    await api.deliver();
    const email = api.mailer.outbox.filter((m) => m.to === partnerDetails('8500011').contactEmail).at(-1);
    expect(email?.text).toContain('We are checking with the distributor.');
  });

  it('records one answer when the same form is sent twice', async () => {
    const inquiryId = await inquiryRaised('8500012');
    const page = await finance.get(`/console/inquiries/${inquiryId}`);
    const action = `/console/inquiries/${inquiryId}/answer`;
    const first = await send(finance, page, action, { message: 'Checking.' });
    const again = await send(finance, page, action, { message: 'Checking.' });
    expect(again.path).toBe(first.path);
    expect((await inquiryEvents(inquiryId)).filter((e) => e.type === 'InquiryAnswered')).toHaveLength(1);
  });

  it('keeps what was typed when the answer is refused', async () => {
    const inquiryId = await inquiryRaised('8500013');
    const page = await finance.get(`/console/inquiries/${inquiryId}`);
    const action = `/console/inquiries/${inquiryId}/answer`;
    const empty = await send(finance, page, action, { message: '   ' });
    expect(empty.status).toBe(400);
    expect(errorOf(empty, 'message')).toBe('Write your answer, in at most 2,000 characters.');

    const reused = await send(finance, page, action, { message: 'First words.' });
    expect(reused.status).toBe(200);
    const otherWords = await send(finance, page, action, { message: 'Other words.' });
    expect(otherWords.status).toBe(409);
    expect(otherWords.text).toContain('This form was already sent with other words.');
    expect(formValues(otherWords, action).message).toBe('Other words.');
    expect(formValues(otherWords, action).requestKey).not.toBe(formValues(page, action).requestKey);
  });
});

describe('Resolving an inquiry', () => {
  it.each([
    ['-12.50', -1250, '-CAD 12.50'],
    ['45', 4500, 'CAD 45.00'],
  ])(
    'records an adjustment written “%s” as %i cents, in the finance person’s name',
    async (written, cents, shown) => {
      const mpnId = written === '45' ? '8500021' : '8500022';
      const inquiryId = await inquiryRaised(mpnId);
      const page = await finance.get(`/console/inquiries/${inquiryId}`);
      const resolved = await send(finance, page, `/console/inquiries/${inquiryId}/resolve`, {
        outcome: 'adjusted',
        amount: written,
        note: 'Paid at the E5 rate.',
      });
      expect(resolved.path).toBe(`/console/inquiries/${inquiryId}?done=resolved`);
      expect(resolved.text).toContain(`You resolved the inquiry with an adjustment of ${shown};`);
      expect(resolved.text).toContain(`by Fran Leblanc (finance), with an adjustment of ${shown}.`);
      expect(resolved.html).not.toContain(`action="/console/inquiries/${inquiryId}/resolve"`);

      const payout = await readSlice(
        api.deps.store,
        payoutDecider,
        streamIds.payout(registrationIdOf(CAMPAIGN, mpnId)),
      );
      const adjustment = payout.events.find((e) => e.type === 'AdjustmentRecorded');
      expect(adjustment?.data).toMatchObject({ inquiryId, amountCents: cents, saleId: `${mpnId}-2` });
      expect(adjustment?.metadata.actor).toEqual(AS_FINANCE);
      const closed = (await inquiryEvents(inquiryId)).find((e) => e.type === 'InquiryResolved');
      expect(closed?.metadata.actor).toEqual(AS_FINANCE);
    },
  );

  it('reads the amount as a French reader writes it', async () => {
    const inquiryId = await inquiryRaised('8500023');
    const { browser } = await api.staff('france@program.example', ['finance'], {
      name: 'France Tremblay',
      acceptLanguage: 'fr-CA',
    });
    const page = await browser.get(`/console/inquiries/${inquiryId}`);
    expect(page.text).toContain('Demande de Partner 8500023 Partenaire Partner 8500023 (ID MPN 8500023)');
    const resolved = await send(browser, page, `/console/inquiries/${inquiryId}/resolve`, {
      outcome: 'adjusted',
      amount: '-1 234,5',
      note: 'Reprise du trop-payé.',
    });
    expect(resolved.text).toContain('Vous avez réglé la demande par un ajustement de -1 234,50 CAD;');
    const closed = (await inquiryEvents(inquiryId)).find((e) => e.type === 'InquiryResolved');
    expect(closed?.data.adjustmentCents).toBe(-123450);
  });

  it('says each refusal beside its field or on its form, keeping what was typed', async () => {
    const inquiryId = await inquiryRaised('8500024');
    const page = await finance.get(`/console/inquiries/${inquiryId}`);
    const resolve = `/console/inquiries/${inquiryId}/resolve`;
    const note = 'Line one\nLine two';

    const noAmount = await send(finance, page, resolve, { outcome: 'adjusted', amount: '', note });
    expect(noAmount.status).toBe(422);
    expect(errorOf(noAmount, 'amount')).toBe('An adjustment needs an amount other than zero.');
    expect(noAmount.html).toContain(`>\n${note}</textarea>`);

    const declinedWithAmount = await send(finance, page, resolve, { outcome: 'declined', amount: '5', note });
    expect(declinedWithAmount.status).toBe(422);
    expect(errorOf(declinedWithAmount, 'amount')).toContain('A declined inquiry moves no money');
    expect(formValues(declinedWithAmount, resolve)).toMatchObject({ outcome: 'declined', amount: '5', note });

    const malformed = await send(finance, page, resolve, { outcome: 'adjusted', amount: '12.505', note: '' });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed, 'amount')).toContain('at most two decimals');
    expect(errorOf(malformed, 'note')).toBe('Write a note, in at most 1,000 characters.');
    expect(formValues(malformed, resolve).amount).toBe('12.505');

    const declined = await send(finance, page, resolve, { outcome: 'declined', amount: '', note });
    expect(declined.text).toContain('You declined the inquiry');
    const sentAgain = await send(finance, page, resolve, { outcome: 'declined', amount: '', note });
    expect(sentAgain.path).toBe(`/console/inquiries/${inquiryId}?done=resolved`);

    const late = await send(finance, page, `/console/inquiries/${inquiryId}/answer`, {
      message: 'One more thing.',
    });
    expect(late.status).toBe(409);
    expect(late.text).toContain('This inquiry is resolved already: nothing was recorded.');
    expect(formValues(late, `/console/inquiries/${inquiryId}/answer`).message).toBe('One more thing.');
    const otherOutcome = await send(finance, page, resolve, { outcome: 'adjusted', amount: '3', note });
    expect(otherOutcome.status).toBe(409);
    expect(formValues(otherOutcome, resolve)).toMatchObject({ amount: '3', note });
    expect((await inquiryEvents(inquiryId)).map((e) => e.type)).toEqual(['InquiryRaised', 'InquiryResolved']);
  });
});

describe('Fraud flags', () => {
  const [HONEST, COPYCAT] = ['6500001', '6500002'];

  beforeAll(async () => {
    for (const mpnId of [HONEST, COPYCAT]) await approvedPartner(api, FLAGGED, mpnId);
    const lines = [
      saleLine({ saleId: 'H-1', mpnId: HONEST, customerId: 'contoso', soldAt: '2026-07-15T10:00:00Z' }),
      saleLine({ saleId: 'C-1', mpnId: COPYCAT, customerId: 'contoso', soldAt: '2026-07-15T16:00:00Z' }),
    ];
    const sent = await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } });
    expect(sent.body).toMatchObject({ accepted: 2 });
    await api.project();
  });

  const reviewAction = (page: ReceivedPage, mpnId: string) =>
    new RegExp(`action="(/console/fraud-flags/duplicate-claim:${mpnId}:[0-9a-f]+/review)"`).exec(
      page.html,
    )?.[1] ?? '';

  it('raise a flag per partner when a scan finds one sale claimed twice, shown open with its evidence in words', async () => {
    const page = await finance.get('/console/fraud-flags');
    const scanned = await send(finance, page, '/console/fraud-flags/scan', { campaignId: FLAGGED });
    expect(scanned.path).toMatch(/^\/console\/fraud-flags\?scanned=e5-flagged&scan=/);
    expect(scanned.text).toContain('The checks over E5 under watch raised 2 new flags:');
    expect(scanned.text).toContain(
      'A sale claimed by more than one partner: Partner 6500002 (MPN ID 6500002)',
    );
    expect(scanned.text).toContain('2 flags to review');
    expect(scanned.text).toContain(
      'Customer contoso bought M365-E5 on July 15, 2026: this partner claims the sale, and so does Partner 6500001 (MPN ID 6500001).',
    );
    expect(scanned.text).toContain('C-1 July 15, 2026 contoso M365-E5 10');
    expect(scanned.text).toContain('Raised July 25, 2026 at 8:00 a.m. EDT, by Fran Leblanc (finance)');

    const again = await send(
      finance,
      await finance.get('/console/fraud-flags'),
      '/console/fraud-flags/scan',
      {
        campaignId: FLAGGED,
      },
    );
    expect(again.text).toContain('The checks over E5 under watch found nothing new');
  });

  it('are confirmed by finance with a note, in their name, and a refused review keeps what was typed', async () => {
    const page = await finance.get('/console/fraud-flags');
    const action = reviewAction(page, COPYCAT);
    const flagId = action.split('/')[3] ?? '';
    const twoLines = 'Checked the invoice.\nAnd the order.';
    const refused = await finance.submit(page, action, { note: twoLines, verdict: 'confirmed' });
    expect(refused.status).toBe(400);
    const noteId = `flag-${flagId.replace(/:/g, '-')}-note`;
    expect(errorOf(refused, noteId)).toBe('Write a note on one line, in at most 1,000 characters.');
    expect(formValues(refused, action).note).toBe(twoLines);
    // Its card may be far down the page: the top of the page says so too, and leads to it.
    expect(refused.html).toContain(`<a href="#${noteId}">Write a note on one line`);

    const confirmed = await finance.submit(page, action, {
      note: 'Contoso bought once, from the other partner.',
      verdict: 'confirmed',
    });
    expect(confirmed.path).toBe(`/console/fraud-flags?reviewed=${encodeURIComponent(flagId)}`);
    expect(confirmed.text).toContain(
      'You confirmed the flag “A sale claimed by more than one partner” on Partner 6500002 (MPN ID 6500002): their payments are held until it is cleared.',
    );
    expect(confirmed.text).toContain('1 flag to review');
    expect(confirmed.text).toContain(
      'Confirmed by Fran Leblanc (finance) on July 25, 2026 at 8:00 a.m. EDT: the partner’s payments are held',
    );
    const { events } = await readSlice(api.deps.store, fraudFlagDecider, streamIds.fraudFlag(flagId));
    const review = events.find((e) => e.type === 'FraudFlagReviewed');
    expect(review?.data).toMatchObject({
      verdict: 'confirmed',
      note: 'Contoso bought once, from the other partner.',
    });
    expect(review?.metadata.actor).toEqual(AS_FINANCE);
  });
});

describe('Finance’s queues for other roles', () => {
  it.each([
    ['an approver', 'approver' as const],
    ['a program admin', 'program-admin' as const],
  ])('refuse %s every page and every form', async (_, role) => {
    const inquiryId = await inquiryRaised(role === 'approver' ? '8500031' : '8500032');
    const { browser } = await api.staff(`${role}@program.example`, [role]);
    for (const path of ['/console/inquiries', `/console/inquiries/${inquiryId}`, '/console/fraud-flags']) {
      expect((await browser.get(path)).status, path).toBe(403);
    }
    for (const path of [
      `/console/inquiries/${inquiryId}/answer`,
      `/console/inquiries/${inquiryId}/resolve`,
      '/console/fraud-flags/scan',
      '/console/fraud-flags/duplicate-claim:6500001:abc/review',
    ]) {
      const refused = await browser.post(path, {
        message: 'x',
        outcome: 'declined',
        note: 'x',
        campaignId: FLAGGED,
      });
      expect(refused.status, path).toBe(403);
    }
    expect((await inquiryEvents(inquiryId)).map((e) => e.type)).toEqual(['InquiryRaised']);
  });
});
