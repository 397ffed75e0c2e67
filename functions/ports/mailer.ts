/** An email for one recipient: every message has a plain-text part and an HTML part. */
export type EmailMessage = { to: string; subject: string; text: string; html: string };

export interface Mailer {
  /** Sends one message; returns the provider's message id. */
  send(message: EmailMessage): Promise<string>;
}
