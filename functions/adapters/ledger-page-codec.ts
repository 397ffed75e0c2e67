import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { LedgerEntry } from '../read-models/ledger-pages.js';

type Tuple = [
  saleId: string,
  customerId: string,
  sku: string,
  licenseType: string,
  quantity: number,
  soldAt: string,
  recordedAt: string,
  version: number,
  reversals: [units: number, recordedAt: string][],
];

/**
 * A ledger page as stored: its lines as JSON arrays, deflated. A big partner's day of sales
 * shrinks about tenfold, which keeps a page far below DynamoDB's 400 KB item and makes a
 * statement's read (and its read units) small.
 */
export function encodeLedgerPage(entries: Iterable<LedgerEntry>): Uint8Array {
  const tuples: Tuple[] = [];
  // In sale id order, so that a page has one stored form whatever order its lines arrived in.
  for (const e of [...entries].sort((a, b) => (a.saleId < b.saleId ? -1 : 1))) {
    tuples.push([
      e.saleId,
      e.customerId,
      e.sku,
      e.licenseType,
      e.quantity,
      e.soldAt,
      e.recordedAt,
      e.version,
      e.reversals.map((r) => [r.units, r.recordedAt]),
    ]);
  }
  return deflateRawSync(JSON.stringify(tuples));
}

export function decodeLedgerPage(bytes: Uint8Array): LedgerEntry[] {
  const tuples = JSON.parse(inflateRawSync(bytes).toString('utf8')) as Tuple[];
  return tuples.map(
    ([saleId, customerId, sku, licenseType, quantity, soldAt, recordedAt, version, reversals]) => ({
      saleId,
      customerId,
      sku,
      licenseType,
      quantity,
      soldAt,
      recordedAt,
      version,
      reversals: reversals.map(([units, at]) => ({ units, recordedAt: at })),
    }),
  );
}
