import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { streamIds } from '../../../events/streams.js';
import { executionNameOf } from '../../../functions/workflow/journeys.js';
import { partnerDetails } from '../../support/api-journeys.js';
import { APPROVERS, type JourneyHarness, startJourneyHarness } from '../../support/journey-harness.js';
import {
  approvalLinkIn,
  call,
  campaignEndingSoon,
  emailsTo,
  emailTo,
  publishCampaign,
  registerFor,
  signUpAndLogIn,
} from '../../support/journey-steps.js';

let h: JourneyHarness;
afterEach(() => h?.close());

/** Approval emails about one partner: the local mail server keeps every test's emails. */
const approvalSubject = (mpnId: string, reminder = false) =>
  new RegExp(`^${reminder ? 'Reminder: ' : ''}Registration to approve: Partner ${mpnId} `);

const onboarding = (mpnId: string) => executionNameOf({ kind: 'onboarding', mpnId });
const registration = (registrationId: string) => executionNameOf({ kind: 'registration', registrationId });

describe('The onboarding journey', () => {
  it('tells the partner how to get a new code when the code expires unused, and ends', async () => {
    h = await startJourneyHarness({ policy: { accessCodeTtlMs: 2000 } });
    expect((await call(h, 'POST', '/partners/signup', { body: partnerDetails('8100001') })).status).toBe(202);
    await emailTo(h, partnerDetails('8100001').contactEmail, /Your access code for/);
    const expired = await emailTo(h, partnerDetails('8100001').contactEmail, /has expired/);
    expect(expired.body.text).toContain(
      `Get a new access code: ${h.apiBase}/portal/access-code?mpnId=8100001`,
    );
    expect(await h.executor.finished(onboarding('8100001'))).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('sends a new code when wrong tries locked the first, and the partner logs in with it', async () => {
    h = await startJourneyHarness({ policy: { maxWrongTriesPerCode: 3 } });
    const contact = partnerDetails('8100002').contactEmail;
    expect((await call(h, 'POST', '/partners/signup', { body: partnerDetails('8100002') })).status).toBe(202);
    await emailTo(h, contact, /Your access code for/);
    for (let i = 0; i < 3; i++) {
      await call(h, 'POST', '/partners/session', { body: { mpnId: '8100002', accessCode: 'WRONGCODE2' } });
    }
    const replacement = await emailTo(h, contact, /Your access code for/, 2);
    expect(replacement.body.text).toContain(
      'Your previous access code was locked after too many wrong tries',
    );
    const code = /^Access code: (\S+)$/m.exec(replacement.body.text ?? '')?.[1];
    const session = await call(h, 'POST', '/partners/session', {
      body: { mpnId: '8100002', accessCode: code },
    });
    expect(session.status).toBe(200);
    expect(await h.executor.finished(onboarding('8100002'))).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('starts one journey per partner, however often it signs up', async () => {
    h = await startJourneyHarness();
    await signUpAndLogIn(h, '8100003');
    expect((await call(h, 'POST', '/partners/signup', { body: partnerDetails('8100003') })).status).toBe(202);
    expect(h.executions.get(onboarding('8100003'))).toMatchObject({ status: 'SUCCEEDED' });
    expect(h.executions.running()).toEqual([]);
  });
});

describe('The registration journey', () => {
  it('emails the partner a rejection with its reason, and ends', async () => {
    h = await startJourneyHarness();
    await publishCampaign(h, campaignEndingSoon('reject-me', 60_000));
    const registrationId = await registerFor(h, await signUpAndLogIn(h, '8200001'), 'reject-me');
    const link = approvalLinkIn(await emailTo(h, APPROVERS[0] as string, approvalSubject('8200001')));
    const body = new URLSearchParams({
      decision: 'reject',
      reason: 'The agreement number is not ours.',
    }).toString();
    const page = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(page.status).toBe(200);
    const email = await emailTo(h, partnerDetails('8200001').contactEmail, /was rejected/);
    expect(email.body.text).toMatch(/^Status: rejected$/m);
    expect(email.body.text).toMatch(/^Reason: The agreement number is not ours\.$/m);
    expect(await h.executor.finished(registration(registrationId))).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('reminds the approvers once, then expires the registration at the campaign end and tells the partner', async () => {
    h = await startJourneyHarness({ policy: { approvalReminderAfterMs: 2000 } });
    await publishCampaign(h, campaignEndingSoon('nobody-decides', 7000));
    const registrationId = await registerFor(h, await signUpAndLogIn(h, '8200002'), 'nobody-decides');
    await emailTo(h, APPROVERS[1] as string, approvalSubject('8200002', true));
    await emailTo(h, partnerDetails('8200002').contactEmail, /not decided in time/);
    expect(await h.executor.finished(registration(registrationId))).toMatchObject({ status: 'SUCCEEDED' });
    expect(
      await emailsTo(h, APPROVERS[0] as string, /Registration to approve: Partner 8200002 /),
    ).toHaveLength(2);
    const events = (await h.store.readStream(streamIds.registration(registrationId))).events.map(
      (e) => e.type,
    );
    expect(events).toEqual([
      'RegistrationSubmitted',
      'ApprovalRequested',
      'ApprovalRequested',
      'RegistrationExpired',
    ]);
  });

  it('carries on after the executor restarts, from its executions file and what the events say, without emailing twice', async () => {
    const executionsFile = join(mkdtempSync(join(tmpdir(), 'journeys-')), 'executions.json');
    h = await startJourneyHarness({ executionsFile });
    await publishCampaign(h, campaignEndingSoon('survives-restarts', 60_000));
    const registrationId = await registerFor(h, await signUpAndLogIn(h, '8200003'), 'survives-restarts');
    const link = approvalLinkIn(await emailTo(h, APPROVERS[0] as string, approvalSubject('8200003')));
    expect(await h.restartExecutor()).toBe(1);
    const approved = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"decision":"approve"}',
    });
    expect(approved.status).toBe(200);
    await emailTo(h, partnerDetails('8200003').contactEmail, /was approved/);
    expect(await emailsTo(h, APPROVERS[0] as string, approvalSubject('8200003'))).toHaveLength(1);
    expect(h.executions.get(registration(registrationId))).toMatchObject({ status: 'RUNNING' });
    expect(readFileSync(executionsFile, 'utf8')).toContain(registration(registrationId));
  });
});

describe('A failing step', () => {
  it('is retried when the failure is transient', async () => {
    let calls = 0;
    h = await startJourneyHarness({
      stepOverrides: {
        SendAccessCode: async (payload, context) => {
          if (++calls === 1) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
          const { createHandler } = await import('../../../functions/handlers/journey/send-access-code.js');
          return createHandler(() => h.deps)(payload, context);
        },
      },
    });
    await signUpAndLogIn(h, '8300001');
    expect(calls).toBe(2);
  });

  it('is caught, recorded as an event and reported to the program team, and ends the journey as failed', async () => {
    h = await startJourneyHarness({
      stepOverrides: {
        SendAccessCode: async () => {
          throw Object.assign(new Error('Email address is not verified.'), { name: 'MessageRejected' });
        },
      },
    });
    expect((await call(h, 'POST', '/partners/signup', { body: partnerDetails('8300002') })).status).toBe(202);
    const finished = await h.executor.finished(onboarding('8300002'));
    expect(finished).toMatchObject({ status: 'FAILED', error: 'JourneyStepFailed' });
    const failure = (await h.store.readStream(streamIds.journey(onboarding('8300002')))).events;
    expect(failure).toMatchObject([
      { type: 'JourneyStepFailed', data: { step: 'send-access-code', error: 'MessageRejected' } },
    ]);
    const report = await emailTo(h, 'team@program.example', /needs attention/);
    expect(report.body.text).toContain('Email address is not verified.');
  });
});
