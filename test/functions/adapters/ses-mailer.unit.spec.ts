import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { SesMailer } from '../../../functions/adapters/ses-mailer.js';

const client = new SESClient({ region: 'us-east-1' });
const ses = mockClient(client);

describe('The SES mailer', () => {
  it('sends one message to one recipient, with a text part and an HTML part in UTF-8', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    const id = await new SesMailer(client, 'program@program.example').send({
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
