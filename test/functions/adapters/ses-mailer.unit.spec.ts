import { Readable } from 'node:stream';
import { SESClient, type SESClientConfig, SendEmailCommand, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { SesMailer, sesClients } from '../../../functions/adapters/ses-mailer.js';
import { mimeMessage } from '../../../functions/email/mime.js';
import { STAFF, writingFor } from '../../../functions/email/readers.js';
import { accessCodeEmail, approvalRequestEmail } from '../../../functions/email/templates.js';
import type { EmailMessage } from '../../../functions/ports/mailer.js';
import { decodeWords, readMime } from '../../support/mime-reader.js';

const client = new SESClient({ region: 'us-east-1' });
const ses = mockClient(client);
const FROM = 'program@program.example';
const PDF = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');

describe('The SES mailer', () => {
  it('sends each message as the raw MIME the program writes, to its one recipient, from the program', async () => {
    ses.on(SendRawEmailCommand).resolves({ MessageId: 'm-1' });
    const message: EmailMessage = {
      to: 'dana@partner.example',
      subject: 'Relevé',
      text: 'Statut : réglé\n',
      html: '<p>Réglé</p>',
      attachments: [{ fileName: 'statement.pdf', contentType: 'application/pdf', content: PDF }],
    };
    const id = await new SesMailer(() => client, FROM).send(message);
    expect(id).toBe('m-1');
    expect(ses.commandCalls(SendRawEmailCommand).map((call) => call.args[0].input)).toEqual([
      {
        Source: FROM,
        Destinations: ['dana@partner.example'],
        RawMessage: { Data: mimeMessage(FROM, message) },
      },
    ]);
    const sent = ses.commandCalls(SendRawEmailCommand)[0]?.args[0].input.RawMessage?.Data ?? new Uint8Array();
    const read = readMime(Buffer.from(sent).toString('utf8'));
    expect(decodeWords(read.headers.subject ?? '')).toBe('Relevé');
    const [[text, html] = [], pdf] = [read.parts[0]?.parts, read.parts[1]];
    expect([text?.body.toString('utf8'), html?.body.toString('utf8')]).toEqual([message.text, message.html]);
    expect(pdf?.body.equals(PDF)).toBe(true);
  });
});

/** SES's answer to an action it accepts (SendEmail, SendRawEmail). */
const accepted = (action: string) =>
  Buffer.from(
    `<${action}Response xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><${action}Result><MessageId>m-1</MessageId></${action}Result><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></${action}Response>`,
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
        const fields = new URLSearchParams(String(request.body));
        requests.push(fields);
        const body = Readable.from([accepted(fields.get('Action') ?? '')]);
        return { response: { statusCode: 200, headers: {}, body } };
      },
    },
  };
  return { config, requests };
}

const recipientsOf = (request: URLSearchParams | undefined) => [
  ...(request?.getAll('Destination.ToAddresses.member.1') ?? []),
  ...(request?.getAll('Destinations.member.1') ?? []),
];

/** The raw message a SendRawEmail request carries, read part by part. */
const rawMessageOf = (request: URLSearchParams | undefined) =>
  readMime(Buffer.from(request?.get('RawMessage.Data') ?? '', 'base64').toString('utf8'));

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
    const mailer = new SesMailer(sesClients(config), FROM);
    await expect(mailer.send({ ...attackersMessage, to: 'attacker@evil.example\ud800' })).rejects.toThrow();
    await mailer.send(victimsMessage);
    expect(requests).toHaveLength(1);
    expect(recipientsOf(requests[0])).toEqual(['victim@partner.example']);
    expect(rawMessageOf(requests[0]).parts[0]?.body.toString('utf8')).toBe(victimsMessage.text);
  });
});

describe('An email composed from text that is not well-formed', () => {
  it('is sent, with only its own fields', async () => {
    const { config, requests } = recordingSes();
    const mailer = new SesMailer(sesClients(config), FROM);
    const writing = writingFor('http://127.0.0.1:3000', STAFF);
    const partner = { mpnId: '1234567', companyName: 'Evil\ud800', contactEmail: 'attacker@evil.example' };
    await mailer.send(
      accessCodeEmail(writing, partner, {
        code: 'K7M4QX9P2T',
        expiresAt: '2026-07-02T12:00:00Z',
        reason: 'first',
      }),
    );
    await mailer.send(
      approvalRequestEmail(writing, 'approver@program.example', {
        partner,
        campaign: { campaignId: 'm365-e5-upsell', name: 'E5\udfff' },
        registrationId: 'm365-e5-upsell--1234567',
        agreementNumber: 'INV-0048213',
        signerName: '\ud83dDana',
        submittedAt: '2026-07-01T12:00:00Z',
        token: 's.v',
        expiresAt: '2026-07-08T12:00:00Z',
        reminder: false,
      }),
    );
    expect(requests.map(recipientsOf)).toEqual([['attacker@evil.example'], ['approver@program.example']]);
    expect(decodeWords(rawMessageOf(requests[1]).headers.subject ?? '')).toBe(
      'Registration to approve: Evil\ufffd (MPN 1234567) for E5\ufffd',
    );
  });
});
