import type { StatementSummary } from '../../domain/payouts/statement-summary.js';
import type { LedgerEntry } from './ledger-pages.js';
import type { ReadModelKey } from './targets.js';

/** One read-model item: a view folded from one source stream, up to a version of it. */
export type ViewItem = ReadModelKey & { kind: 'view'; stream: string; version: number; view: unknown };

/** A partner's sale lines of one day (see ledger-pages.ts). */
export type LedgerPageItem = ReadModelKey & { kind: 'ledger'; entries: LedgerEntry[] };

/** One registration's statement, summed up for the payout report. */
export type SummaryItem = ReadModelKey & { kind: 'statement'; summary: StatementSummary };

/** A mark that a partner's statement summaries are due to be worked out again. */
export type DueItem = ReadModelKey & { kind: 'due' };

export type ReadModelItem = ViewItem | LedgerPageItem | SummaryItem | DueItem;

export const itemKey = ({ pk, sk }: ReadModelKey) => `${pk}\u0000${sk}`;

export class OutOfOrderEventError extends Error {
  override readonly name = 'OutOfOrderEventError';
  constructor(stream: string, version: number, applied: number) {
    super(
      `${stream} v${version} arrived while the read model is at v${applied}; it waits for its predecessor`,
    );
  }
}
