/** A file sent with an email (the statement's PDF). */
export type Attachment = { fileName: string; contentType: string; content: Uint8Array };

/** An email for one recipient: every message has a plain-text part and an HTML part, and may carry files. */
export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: readonly Attachment[];
};

export interface Mailer {
  /** Sends one message; returns the provider's message id. */
  send(message: EmailMessage): Promise<string>;
}
