import { SESClient, type SESClientConfig, SendEmailCommand } from '@aws-sdk/client-ses';
import type { EmailMessage, Mailer } from '../ports/mailer.js';

/**
 * Emails through SES (SendEmail, one recipient a message: approval links are personal), each with
 * a client of its own (`sesClients`). Locally the same clients talk to the SES emulator, through
 * AWS_ENDPOINT_URL_SES.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly sesClient: () => SESClient,
    private readonly from: string,
  ) {}

  async send({ to, subject, text, html }: EmailMessage): Promise<string> {
    const charset = 'UTF-8';
    const { MessageId } = await this.sesClient().send(
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

/**
 * A new SES client for each message, all sharing one connection pool and one credentials cache.
 * A client's query serializer keeps what it wrote of a request it failed to serialize (a lone
 * surrogate makes it throw half-way) and puts it ahead of the client's next request: that message
 * would go to the failed one's recipient first. A client that sends once inherits nothing; it adds
 * about 0.3 ms to a send, and reuses the pool's connections (a default client would open its own).
 */
export function sesClients(config: SESClientConfig = {}): () => SESClient {
  const settings = { maxAttempts: 6, ...config };
  const { requestHandler, credentials } = new SESClient(settings).config;
  return () => new SESClient({ ...settings, requestHandler, credentials });
}
