import { statementWindow } from '../../domain/payouts/statement-window.js';
import type { Ledger, SoldLine } from '../../domain/sales/ledger.js';
import type { SaleEvent } from '../../domain/sales/sale.js';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { RecordedEvent } from '../../events/catalog.js';
import { instantMs } from '../../events/instant.js';
import { OutOfOrderEventError } from './read-model-item.js';

/**
 * A partner's sales ledger as the read side keeps it: one page per partner and day of sale (UTC),
 * each holding its lines with when they were recorded, so that a statement reads only the days its
 * campaign looks at, as it stands or as it stood at any instant, whatever the partner's lifetime
 * history. Each line remembers the version of its sale stream it reflects: a record delivered
 * twice is skipped, one delivered out of order waits for its predecessor.
 */
export type LedgerEntry = Omit<SoldLine, 'soldAtMs'> & {
  recordedAt: string;
  /** The sale stream's version this line reflects (1 when recorded, one more per reversal). */
  version: number;
  reversals: { units: number; recordedAt: string }[];
};

/** A day of sale, `YYYY-MM-DD` in UTC: what a ledger page holds. */
export type SaleDay = string;

const dayOfMs = (ms: number): SaleDay => new Date(ms).toISOString().slice(0, 10);

export const saleDayOf = (instant: string): SaleDay => dayOfMs(instantMs(instant));

export const ledgerPageKey = (mpnId: string, day: SaleDay) => ({
  pk: `partner#${mpnId}`,
  sk: `ledger#${day}`,
});

/** The days of sale one statement reads, first and last included. */
export type SaleDays = { from: SaleDay; to: SaleDay };

/** The days of sale a statement of this campaign reads (see `statementWindow`). */
export function statementDays(terms: CampaignTerms): SaleDays {
  const { startMs, endMs } = statementWindow(terms);
  return { from: dayOfMs(startMs), to: dayOfMs(endMs - 1) };
}

export const coversDay = ({ from, to }: SaleDays, day: SaleDay) => from <= day && day <= to;

/** What applying one sale event to its page came to. */
export type PageChange = 'applied' | 'already-applied';

/** A sale's line as recorded, before any reversal. */
export function entryOfRecorded(event: RecordedEvent & { type: 'SaleRecorded' } & SaleEvent): LedgerEntry {
  const { saleId, customerId, sku, licenseType, quantity, soldAt } = event.data;
  return {
    saleId,
    customerId,
    sku,
    licenseType,
    quantity,
    soldAt,
    recordedAt: event.recordedAt,
    version: event.version,
    reversals: [],
  };
}

/** Applies a sale event to the page of its sale's day, in place, exactly once and in stream order. */
export function applyToPage(page: Map<string, LedgerEntry>, event: RecordedEvent & SaleEvent): PageChange {
  const entry = page.get(event.data.saleId);
  if (event.type === 'SaleRecorded') {
    if (entry) return 'already-applied';
    page.set(event.data.saleId, entryOfRecorded(event));
    return 'applied';
  }
  if (entry && entry.version >= event.version) return 'already-applied';
  if (!entry || entry.version !== event.version - 1) {
    throw new OutOfOrderEventError(event.stream, event.version, entry?.version ?? 0);
  }
  entry.version = event.version;
  entry.reversals.push({ units: event.data.quantity, recordedAt: event.recordedAt });
  return 'applied';
}

// The order the sales index gives: by recording instant, then by sale stream.
const byRecording = (a: LedgerEntry, b: LedgerEntry) =>
  instantMs(a.recordedAt) - instantMs(b.recordedAt) || (a.saleId < b.saleId ? -1 : 1);

/**
 * The ledger these lines make as of an instant (by default, all of them): the lines recorded by
 * then, in the order they were recorded, and the units reversed by then.
 */
export function ledgerOfEntries(entries: readonly LedgerEntry[], asOf?: string): Ledger {
  const asOfMs = asOf === undefined ? Number.POSITIVE_INFINITY : instantMs(asOf);
  const known = entries.filter((e) => instantMs(e.recordedAt) <= asOfMs).sort(byRecording);
  const reversedUnits = new Map<string, number>();
  const lines = known.map(({ saleId, customerId, sku, licenseType, quantity, soldAt, reversals }) => {
    let reversed = 0;
    for (const r of reversals) if (instantMs(r.recordedAt) <= asOfMs) reversed += r.units;
    if (reversed > 0) reversedUnits.set(saleId, reversed);
    return { saleId, customerId, sku, licenseType, quantity, soldAt, soldAtMs: instantMs(soldAt) };
  });
  return { lines, reversedUnits };
}
