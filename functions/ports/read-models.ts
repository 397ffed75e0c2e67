import type { StatementSummary } from '../../domain/payouts/statement-summary.js';
import type { LedgerEntry, SaleDays } from '../read-models/ledger-pages.js';
import type { ReadModelKey } from '../read-models/targets.js';

/** The read side: views the projector keeps from the event stream (eventually consistent). */
export interface ReadModelQueries {
  getView<View>(key: ReadModelKey): Promise<{ view: View } | undefined>;
  /** The views under one partition whose sort key starts with a prefix (a partner's registrations). */
  queryViews<View>(pk: string, skPrefix: string): Promise<View[]>;
  /** A partner's sale lines sold on the given days, with when each was recorded and reversed. */
  ledgerEntries(mpnId: string, days: SaleDays): Promise<LedgerEntry[]>;
  /** The statement summaries of a campaign's registrations, as last worked out. */
  statementSummaries(campaignId: string): Promise<StatementSummary[]>;
}

/** The partners whose statement summaries are due to be worked out again, and where they are saved. */
export interface DueStatements {
  due(limit: number): Promise<{ mpnId: string; mark: string }[]>;
  /** Saves a partner's summaries if `mark` is still its latest; false if a newer change marked it since. */
  save(mpnId: string, summaries: StatementSummary[], mark: string): Promise<boolean>;
}
