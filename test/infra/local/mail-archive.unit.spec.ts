import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getStoreReadonly, saveEmail } from 'aws-ses-v2-local/dist/store.js';
import { describe, expect, it } from 'vitest';
import { archiveMail, restoreMail } from '../../../infra/local/mail-archive.js';

const email = {
  messageId: 'archive-test-1',
  from: 'cashback@program.example',
  replyTo: [],
  destination: { to: ['partner@reseller.example'], cc: [], bcc: [] },
  subject: 'Your access code',
  body: { text: 'Your code: ABCD-EFGH-JK' },
  attachments: [],
  at: 1,
};

describe('The local mail archive', () => {
  it('is readable by its owner only, since its emails hold access codes and approval links', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mail-archive-')), 'mail.json');
    writeFileSync(path, '[]', { mode: 0o644 });
    saveEmail(email);
    archiveMail(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('brings back the archived emails the server does not hold, once', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mail-archive-')), 'mail.json');
    writeFileSync(path, JSON.stringify([{ ...email, messageId: 'archive-test-2' }]));
    expect(restoreMail(path)).toBe(1);
    expect(restoreMail(path)).toBe(0);
    expect(getStoreReadonly().emails.map((e) => e.messageId)).toContain('archive-test-2');
  });
});
