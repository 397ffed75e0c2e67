import { randomUUID } from 'node:crypto';
import type { EmailMessage, Mailer } from '../ports/mailer.js';

/** A mailer that keeps what it sends: for unit tests and the payout simulator. */
export class MemoryMailer implements Mailer {
  readonly outbox: (EmailMessage & { messageId: string })[] = [];

  async send(message: EmailMessage): Promise<string> {
    const messageId = randomUUID();
    this.outbox.push({ ...message, messageId });
    return messageId;
  }
}
