import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Email, getStoreReadonly, saveEmail } from 'aws-ses-v2-local/dist/store.js';

/**
 * The local SES server keeps emails in memory only; the local system archives them in a file so
 * that the mail viewer still shows them after a restart.
 */
export function restoreMail(path: string): number {
  if (!existsSync(path)) return 0;
  const known = new Set(getStoreReadonly().emails.map((e) => e.messageId));
  const saved = (JSON.parse(readFileSync(path, 'utf8')) as Email[]).filter((e) => !known.has(e.messageId));
  for (const email of saved) saveEmail(email);
  return saved.length;
}

/** Readable by its owner only: the emails hold access codes and approval links. */
export function archiveMail(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(getStoreReadonly().emails), { mode: 0o600 });
  // An archive written before by an older version may have other modes; `mode` applies only on creation.
  chmodSync(path, 0o600);
}
