import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamIds } from '../../../events/streams.js';
import { executionNameOf } from '../../../functions/workflow/journeys.js';
import { KEYS } from '../../support/api-harness.js';
import { partnerDetails } from '../../support/api-journeys.js';
import { saleLine } from '../../support/fixtures.js';
import {
  APPROVERS,
  FINANCE,
  type JourneyHarness,
  startJourneyHarness,
} from '../../support/journey-harness.js';
import {
  approvalLinkIn,
  call,
  campaignEndingSoon,
  emailTo,
  publishCampaign,
  registerFor,
  signUpAndLogIn,
} from '../../support/journey-steps.js';

let h: JourneyHarness;
beforeAll(async () => {
  h = await startJourneyHarness();
});
afterAll(() => h.close());

describe('The partner journey, run by the synthesized state machine', () => {
  it('walks sign-up, access code, login, registration, approval, campaign end, payout and statements', async () => {
    const mpnId = '8000001';
    await publishCampaign(h, campaignEndingSoon('journey-e2e', 8000));

    const token = await signUpAndLogIn(h, mpnId);
    const onboarding = await h.executor.finished(executionNameOf({ kind: 'onboarding', mpnId }));
    expect(onboarding).toMatchObject({ status: 'SUCCEEDED' });

    const registrationId = await registerFor(h, token, 'journey-e2e');
    const approvalEmail = await emailTo(h, APPROVERS[0] as string, /Registration to approve/);
    expect(approvalEmail.body.text).toContain(`Partner ${mpnId} (MPN ID ${mpnId})`);
    await emailTo(h, APPROVERS[1] as string, /Registration to approve/);
    const link = approvalLinkIn(approvalEmail);
    expect((await fetch(link)).status).toBe(200);
    const approved = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"decision":"approve"}',
    });
    expect(approved.status).toBe(200);

    const decision = await emailTo(h, partnerDetails(mpnId).contactEmail, /was approved/);
    expect(decision.body.text).toMatch(/^Status: approved$/m);

    const sales = [
      saleLine({ saleId: 'J-1', mpnId, quantity: 3, soldAt: new Date(Date.now() - 3_600_000).toISOString() }),
    ];
    expect(
      (await call(h, 'POST', '/sales', { token: KEYS.salesSystem, body: { lines: sales } })).json(),
    ).toMatchObject({ accepted: 1 });

    const finished = await h.executor.finished(executionNameOf({ kind: 'registration', registrationId }));
    expect(finished).toMatchObject({ status: 'SUCCEEDED' });
    const statement = await emailTo(h, FINANCE[0] as string, /Payout statement/);
    expect(statement.body.text).toContain('Amount earned: CAD\u00a0120.00');
    const partnersStatement = await emailTo(h, partnerDetails(mpnId).contactEmail, /Payout statement/);
    expect(partnersStatement.body.text).toContain(
      `Read your statement: ${h.apiBase}/portal/statements/journey-e2e`,
    );
    for (const email of [statement, partnersStatement]) {
      expect(email.attachments).toMatchObject([
        { filename: `statement-journey-e2e-${mpnId}.pdf`, contentType: 'application/pdf' },
      ]);
      expect(Buffer.from(email.attachments?.[0]?.content ?? '', 'base64').toString('latin1')).toMatch(
        /^%PDF-/,
      );
    }
    const payout = (await h.store.readStream(streamIds.payout(registrationId))).events;
    expect(payout).toMatchObject([{ type: 'PayoutComputed', data: { amountCents: 12_000 } }]);
  });
});
