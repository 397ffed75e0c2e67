import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** A staff account as the local user pool keeps it: what Cognito would hold for the same person. */
export type LocalAccount = {
  sub: string;
  email: string;
  name: string;
  enabled: boolean;
  groups: string[];
};

/** The accounts, kept in a file so that `npm start` finds them again. */
export class LocalUserPool {
  private readonly accounts = new Map<string, LocalAccount>();

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      for (const account of JSON.parse(readFileSync(file, 'utf8')) as LocalAccount[])
        this.accounts.set(account.email, account);
    }
  }

  get(username: string): LocalAccount | undefined {
    return this.accounts.get(username.toLowerCase());
  }

  create(email: string, name: string): LocalAccount {
    const account = { sub: randomUUID(), email: email.toLowerCase(), name, enabled: true, groups: [] };
    this.accounts.set(account.email, account);
    this.save();
    return account;
  }

  change(username: string, change: (account: LocalAccount) => void): LocalAccount | undefined {
    const account = this.get(username);
    if (!account) return undefined;
    change(account);
    this.save();
    return account;
  }

  private save() {
    if (this.file) writeFileSync(this.file, `${JSON.stringify([...this.accounts.values()], null, 2)}\n`);
  }
}
