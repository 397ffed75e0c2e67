import { describe, expect, it } from 'vitest';
import { mimeMessage } from '../../../functions/email/mime.js';
import type { EmailMessage } from '../../../functions/ports/mailer.js';
import { decodeWords, readMime } from '../../support/mime-reader.js';

const FROM = 'program@program.example';
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');

const message = (overrides: Partial<EmailMessage> = {}): EmailMessage => ({
  to: 'ops@northwind.example',
  subject: 'Your access code',
  text: 'Access code: K7M4QX9P2T\n',
  html: '<p>Access code: K7M4QX9P2T</p>',
  ...overrides,
});

const raw = (m: EmailMessage) => Buffer.from(mimeMessage(FROM, m)).toString('utf8');

describe('An email as raw MIME', () => {
  it('is its headers, then its text and HTML parts as alternatives, each UTF-8 in base64', () => {
    expect(raw(message())).toBe(
      [
        'From: program@program.example',
        'To: ops@northwind.example',
        'Subject: =?UTF-8?B?WW91ciBhY2Nlc3MgY29kZQ==?=',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="=_alternative"',
        '',
        '--=_alternative',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: base64',
        '',
        'QWNjZXNzIGNvZGU6IEs3TTRRWDlQMlQK',
        '--=_alternative',
        'Content-Type: text/html; charset=UTF-8',
        'Content-Transfer-Encoding: base64',
        '',
        'PHA+QWNjZXNzIGNvZGU6IEs3TTRRWDlQMlQ8L3A+',
        '--=_alternative--',
        '',
      ].join('\r\n'),
    );
  });

  it('writes a French subject as UTF-8 encoded words, folded, no line longer than 78 characters and no character cut', () => {
    const subject = 'Relevé de paiement : Mise à niveau Microsoft 365 E5 – été, Café Déjà Vu (MPN 1234567)';
    const text = raw(message({ subject }));
    const header = /^Subject: .*(?:\r\n .*)*/m.exec(text)?.[0] ?? '';
    expect(header.split('\r\n').length).toBeGreaterThan(1);
    for (const line of text.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    for (const word of header.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)) {
      expect(Buffer.from(word[1] as string, 'base64').toString('utf8')).not.toContain('\ufffd');
    }
    expect(decodeWords(readMime(text).headers.subject ?? '')).toBe(subject);
  });

  it('keeps the text of each part exactly, line breaks and accents included', () => {
    const text = 'Bonjour Café Déjà Vu,\n\nAccess code: K7M4QX9P2T\nStatut : approuvée\n';
    const html = '<p>Bonjour Café Déjà Vu,</p>';
    const [plain, rich] = readMime(raw(message({ text, html }))).parts;
    expect(plain?.body.toString('utf8')).toBe(text);
    expect(rich?.body.toString('utf8')).toBe(html);
  });

  it('carries a file after the alternatives, in a mixed message, its bytes in base64 under a safe name', () => {
    const read = readMime(
      raw(
        message({
          attachments: [
            { fileName: 'statement-e5 "q3"\r\n.pdf', contentType: 'application/pdf', content: PDF },
          ],
        }),
      ),
    );
    expect(read.headers['content-type']).toBe('multipart/mixed; boundary="=_mixed"');
    const [alternatives, file] = read.parts;
    expect(alternatives?.parts.map((p) => p.headers['content-type'])).toEqual([
      'text/plain; charset=UTF-8',
      'text/html; charset=UTF-8',
    ]);
    expect(file?.headers).toEqual({
      'content-type': 'application/pdf; name="statement-e5__q3___.pdf"',
      'content-disposition': 'attachment; filename="statement-e5__q3___.pdf"',
      'content-transfer-encoding': 'base64',
    });
    expect(file?.body.equals(PDF)).toBe(true);
  });

  it('refuses to write an address that is not plain ASCII, or that could end its header', () => {
    for (const to of [
      'ops@northwind.example\r\nBcc: attacker@evil.example',
      'dana\ud800@partner.example',
      'José@café.example',
      'Dana <dana@partner.example>',
    ]) {
      expect(() => mimeMessage(FROM, message({ to }))).toThrow(/email address/);
    }
  });
});
