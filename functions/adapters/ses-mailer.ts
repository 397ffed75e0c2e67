import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { EmailMessage, Mailer } from '../ports/mailer.js';

/**
 * Emails through SES (SendEmail, one recipient a message: approval links are personal). Locally the
 * same client talks to the SES emulator, through AWS_ENDPOINT_URL_SES.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESClient,
    private readonly from: string,
  ) {}

  async send({ to, subject, text, html }: EmailMessage): Promise<string> {
    const charset = 'UTF-8';
    const { MessageId } = await this.ses.send(
      new SendEmailCommand({
        Source: this.from,
        Destination: { ToAddresses: [to] },
        Message: {
          Subject: { Data: subject, Charset: charset },
          Body: { Text: { Data: text, Charset: charset }, Html: { Data: html, Charset: charset } },
        },
      }),
    );
    if (!MessageId) throw new Error('SES accepted the email but returned no message id');
    return MessageId;
  }
}

export const createSesClient = () => new SESClient({ maxAttempts: 6 });
