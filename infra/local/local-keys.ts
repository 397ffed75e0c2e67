import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateSigningKey } from '../../functions/security/signed-claims.js';
import type { LocalApiKeys } from './api-gateway.js';

export type LocalKeys = LocalApiKeys & { sessionSigningKey: string };

const newKey = (role: string) => `${role}-${randomBytes(18).toString('base64url')}`;

/**
 * The local system's keys: the bearer keys of finance, the sales system and program admins
 * (FINANCE_API_KEY, SALES_API_KEY, ADMIN_API_KEY where set, else generated), and the key that
 * signs partner sessions. Kept in a file (docs/http-api.md: `.local/keys.json`) so that they survive a
 * restart; the file is written readable by its owner only.
 */
export function localKeys(path: string, env: NodeJS.ProcessEnv = process.env): LocalKeys {
  const saved: Partial<LocalKeys> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const keys: LocalKeys = {
    finance: env.FINANCE_API_KEY || saved.finance || newKey('finance'),
    salesSystem: env.SALES_API_KEY || saved.salesSystem || newKey('sales'),
    programAdmin: env.ADMIN_API_KEY || saved.programAdmin || newKey('admin'),
    sessionSigningKey: saved.sessionSigningKey || generateSigningKey(),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}
