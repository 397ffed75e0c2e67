import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SesMailer, sesClients } from '../../../functions/adapters/ses-mailer.js';
import { type SesLocal, startSesLocal } from '../../../infra/local/ses-local.js';

let ses: SesLocal;
beforeAll(async () => {
  ses = await startSesLocal();
});
afterAll(() => ses.stop());

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n%%EOF\n', 'latin1');

describe('The local mail server', () => {
  it('reads every email the SES mailer sends, as a mail client would: a French subject, both parts and the PDF', async () => {
    const mailer = new SesMailer(
      sesClients({
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        endpoint: ses.endpoint,
      }),
      'program@program.example',
    );
    const message = {
      to: 'ops@cafe-deja-vu.example',
      subject: 'Relevé de paiement : Mise à niveau Microsoft 365 E5, Café Déjà Vu (MPN 1234567)',
      text: 'Bonjour Café Déjà Vu,\n\nMontant gagné\u00a0: 1\u00a0700,00\u00a0CAD\n',
      html: '<!doctype html><html lang="fr"><body><p>Bonjour Café Déjà Vu,</p></body></html>',
      attachments: [{ fileName: 'statement-e5-1234567.pdf', contentType: 'application/pdf', content: PDF }],
    };
    const messageId = await mailer.send(message);
    const stored = (await ses.emails()).find((e) => e.messageId === messageId);
    expect(stored).toMatchObject({
      from: 'program@program.example',
      destination: { to: ['ops@cafe-deja-vu.example'] },
      subject: message.subject,
      body: { text: message.text, html: message.html },
      attachments: [
        { filename: 'statement-e5-1234567.pdf', contentType: 'application/pdf', size: PDF.length },
      ],
    });
    expect(Buffer.from(stored?.attachments?.[0]?.content ?? '', 'base64').equals(PDF)).toBe(true);
  });
});
