import { Readable } from 'node:stream';
import { SESClient, type SESClientConfig, SendEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { SesMailer, sesClients } from '../../../functions/adapters/ses-mailer.js';
import { accessCodeEmail, approvalRequestEmail } from '../../../functions/email/templates.js';
import type { EmailMessage } from '../../../functions/ports/mailer.js';

const client = new SESClient({ region: 'us-east-1' });
const ses = mockClient(client);

describe('The SES mailer', () => {
  it('sends one message to one recipient, with a text part and an HTML part in UTF-8', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    const id = await new SesMailer(() => client, 'program@program.example').send({
      to: 'dana@partner.example',
      subject: 'Your access code',
      text: 'Access code: K7M4QX9P2T\n',
      html: '<p>Access code: K7M4QX9P2T</p>',
    });
    expect(id).toBe('m-1');
    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input).toEqual({
      Source: 'program@program.example',
      Destination: { ToAddresses: ['dana@partner.example'] },
      Message: {
        Subject: { Data: 'Your access code', Charset: 'UTF-8' },
        Body: {
          Text: { Data: 'Access code: K7M4QX9P2T\n', Charset: 'UTF-8' },
          Html: { Data: '<p>Access code: K7M4QX9P2T</p>', Charset: 'UTF-8' },
        },
      },
    });
  });
});

const SENT = Buffer.from(
  '<SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendEmailResult><MessageId>m-1</MessageId></SendEmailResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></SendEmailResponse>',
);

/**
 * The SDK's own serializer with no network: each request SES would receive is kept (its form
 * fields), and answered as SES answers a message it accepts.
 */
function recordingSes() {
  const requests: URLSearchParams[] = [];
  const config: SESClientConfig = {
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' },
    requestHandler: {
      handle: async (request: { body?: unknown }) => {
        requests.push(new URLSearchParams(String(request.body)));
        return { response: { statusCode: 200, headers: {}, body: Readable.from([SENT]) } };
      },
    },
  };
  return { config, requests };
}

const recipientsOf = (request: URLSearchParams | undefined) =>
  request?.getAll('Destination.ToAddresses.member.1');

const attackersMessage: EmailMessage = {
  to: 'attacker@evil.example',
  subject: 'x',
  text: 'x\ud800',
  html: '<p>x</p>',
};
const victimsMessage: EmailMessage = {
  to: 'victim@partner.example',
  subject: 'Your access code',
  text: 'Access code: K7M4QX9P2T\n',
  html: '<p>Access code: K7M4QX9P2T</p>',
};
const sendEmailOf = ({ to, subject, text }: EmailMessage) =>
  new SendEmailCommand({
    Source: 'program@program.example',
    Destination: { ToAddresses: [to] },
    Message: { Subject: { Data: subject }, Body: { Text: { Data: text } } },
  });

describe('A message that fails to serialize', () => {
  it('puts its fields ahead of the next request of the same SDK client (why each message gets a client of its own)', async () => {
    const { config, requests } = recordingSes();
    const shared = new SESClient(config);
    await expect(shared.send(sendEmailOf(attackersMessage))).rejects.toThrow(URIError);
    await shared.send(sendEmailOf(victimsMessage));
    expect(recipientsOf(requests[0])).toEqual(['attacker@evil.example', 'victim@partner.example']);
  });

  it('never reaches the next message the mailer sends', async () => {
    const { config, requests } = recordingSes();
    const mailer = new SesMailer(sesClients(config), 'program@program.example');
    await expect(mailer.send(attackersMessage)).rejects.toThrow(URIError);
    await mailer.send(victimsMessage);
    expect(requests).toHaveLength(1);
    expect(recipientsOf(requests[0])).toEqual(['victim@partner.example']);
    expect(requests[0]?.get('Message.Body.Text.Data')).toBe(victimsMessage.text);
  });
});

describe('An email composed from text that is not well-formed', () => {
  it('is sent, with only its own fields', async () => {
    const { config, requests } = recordingSes();
    const mailer = new SesMailer(sesClients(config), 'program@program.example');
    const partner = { mpnId: '1234567', companyName: 'Evil\ud800', contactEmail: 'attacker@evil.example' };
    await mailer.send(accessCodeEmail(partner, 'K7M4QX9P2T', '2026-07-02T12:00:00Z', 'first'));
    await mailer.send(
      approvalRequestEmail('approver@program.example', {
        partner,
        campaign: { campaignId: 'm365-e5-upsell', name: 'E5\udfff' },
        registrationId: 'm365-e5-upsell--1234567',
        agreementNumber: 'INV-0048213',
        signerName: '\ud83dDana',
        submittedAt: '2026-07-01T12:00:00Z',
        link: 'http://127.0.0.1:3000/approvals/s.v',
        expiresAt: '2026-07-08T12:00:00Z',
        reminder: false,
      }),
    );
    expect(requests.map(recipientsOf)).toEqual([['attacker@evil.example'], ['approver@program.example']]);
    expect(requests[1]?.get('Message.Subject.Data')).toBe(
      'Registration to approve: Evil\ufffd (MPN 1234567) for E5\ufffd',
    );
  });
});
