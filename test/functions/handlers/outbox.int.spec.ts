import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler as createNotifier } from '../../../functions/handlers/notifier.js';
import { invokeLocally } from '../../../infra/local/lambda-context.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { partnerDetails, publish, registeredPartner } from '../../support/api-journeys.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';

const CAMPAIGN = 'outboxed';
const MPN = '6400001';
let api: ApiHarness;
let partner: string;

beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN }));
  partner = await registeredPartner(api, CAMPAIGN, MPN);
});
afterAll(() => api.close());

const inquiryEmails = () =>
  api.mailer.outbox.filter(
    (m) => m.to === partnerDetails(MPN).contactEmail && m.subject.startsWith('We received your inquiry'),
  );

describe('The outbox', () => {
  it('lets a route answer before its email goes, and sends it once, also after a restart that reads everything again', async () => {
    const raised = await api.call('POST', '/inquiries', {
      token: partner,
      body: { campaignId: CAMPAIGN, topic: 'missing-sale', message: 'A sale of July 14 is missing.' },
    });
    expect(raised.status).toBe(201);
    // The outbox has not run: as if it had stopped between the write and the email.
    expect(inquiryEmails()).toEqual([]);
    await api.deliver();
    expect(inquiryEmails()).toHaveLength(1);
    // A new outbox that lost its place reads the stream from its start: nothing goes twice.
    const restarted = api.streamReader(
      invokeLocally(
        'notifier',
        createNotifier(() => api.deps),
      ),
    );
    await restarted.drain();
    await api.deliver();
    expect(inquiryEmails()).toHaveLength(1);
  });

  it('never fails a request because mail fails: the email waits in the stream until it can go', async () => {
    const send = api.mailer.send.bind(api.mailer);
    api.mailer.send = async () => {
      throw new Error('The mail server is down');
    };
    try {
      const raised = await api.call('POST', '/inquiries', {
        token: partner,
        body: { campaignId: CAMPAIGN, topic: 'missing-sale', message: 'Another sale is missing.' },
      });
      expect(raised.status).toBe(201);
      await expect(api.deliver()).rejects.toThrow(/will be delivered again/);
      expect(inquiryEmails()).toHaveLength(1);
    } finally {
      api.mailer.send = send;
    }
    await api.deliver();
    expect(inquiryEmails()).toHaveLength(2);
  });
});
