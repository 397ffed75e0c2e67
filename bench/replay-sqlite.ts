import Database from 'better-sqlite3';
import type { DollarPerSkuTerms } from '../events/campaign-terms.js';
import type { RecordedEvent } from '../events/catalog.js';
import { instantMs } from '../events/instant.js';

/**
 * The SQL baseline of the payout replay: the same sale lines, reversals and registrations in
 * SQLite (in memory), and one query for every partner's amountCents per docs/incentive-rules.md
 * steps 2 to 4. It computes amounts only: listing exclusions with their reasons is where our
 * statements do more work than this query, so the comparison flatters SQLite if anything.
 */
export type SqliteBaseline = { amountsByMpnId: () => Map<string, number>; close: () => void };

const SCHEMA = `
  CREATE TABLE sales (
    sale_id TEXT PRIMARY KEY, mpn_id TEXT NOT NULL, sku TEXT NOT NULL, license_type TEXT NOT NULL,
    quantity INTEGER NOT NULL, sold_at_ms INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE reversals (sale_id TEXT NOT NULL, quantity INTEGER NOT NULL);
  CREATE TABLE registrations (mpn_id TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TABLE rate_card (sku TEXT PRIMARY KEY, amount_cents INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE eligible_licences (license_type TEXT PRIMARY KEY) WITHOUT ROWID;
`;

// What a DBA would add for this query, built with the load and not timed with the query.
const INDEXES = `
  CREATE INDEX sales_by_partner_in_sale_order ON sales (mpn_id, sold_at_ms, sale_id);
  CREATE INDEX reversals_by_sale ON reversals (sale_id);
`;

// Step 2 (eligible lines), step 3 (partner minimum), step 4 (unit cap in (soldAt, saleId) order
// through a running total, then the payout cap). Sale ids compare as bytes, as compareText does.
const STATEMENT_AMOUNTS = `
  WITH net_lines AS (
    SELECT s.mpn_id, s.sale_id, s.sold_at_ms, r.amount_cents AS rate,
           s.quantity - COALESCE((SELECT SUM(v.quantity) FROM reversals v WHERE v.sale_id = s.sale_id), 0) AS net
    FROM sales s JOIN rate_card r ON r.sku = s.sku
    WHERE s.sold_at_ms >= :startMs AND s.sold_at_ms < :endMs
      AND (NOT EXISTS (SELECT 1 FROM eligible_licences)
           OR s.license_type IN (SELECT license_type FROM eligible_licences))
  ),
  eligible AS (
    SELECT mpn_id, net, rate,
           SUM(net) OVER (PARTITION BY mpn_id ORDER BY sold_at_ms, sale_id ROWS UNBOUNDED PRECEDING) - net
             AS units_before
    FROM net_lines WHERE net >= :minUnitsPerSale
  ),
  earned AS (
    SELECT mpn_id, SUM(net) AS eligible_units,
           SUM(MAX(0, MIN(net, :maxUnitsPerPartner - units_before)) * rate) AS cents
    FROM eligible GROUP BY mpn_id
  )
  SELECT g.mpn_id AS mpnId,
         CASE WHEN COALESCE(e.eligible_units, 0) < :minUnitsPerPartner THEN 0
              ELSE MIN(COALESCE(e.cents, 0), :maxPayoutCentsPerPartner) END AS amountCents
  FROM registrations g LEFT JOIN earned e ON e.mpn_id = g.mpn_id
`;

/** Loads the rows (untimed: the benchmark times the query alone) and prepares the query. */
export function sqliteBaseline(
  terms: DollarPerSkuTerms,
  mpnIds: string[],
  events: RecordedEvent[],
): SqliteBaseline {
  const db = new Database(':memory:');
  db.exec(SCHEMA);
  load(db, terms, mpnIds, events);
  db.exec(INDEXES);
  db.exec('ANALYZE');
  const query = db.prepare<QueryParameters, { mpnId: string; amountCents: number }>(STATEMENT_AMOUNTS);
  const parameters = queryParameters(terms);
  return {
    amountsByMpnId: () => new Map(query.all(parameters).map((row) => [row.mpnId, row.amountCents])),
    close: () => db.close(),
  };
}

function load(db: Database.Database, terms: DollarPerSkuTerms, mpnIds: string[], events: RecordedEvent[]) {
  const sale = db.prepare('INSERT INTO sales VALUES (?, ?, ?, ?, ?, ?)');
  const reversal = db.prepare('INSERT INTO reversals VALUES (?, ?)');
  const registration = db.prepare('INSERT INTO registrations VALUES (?)');
  const rate = db.prepare('INSERT INTO rate_card VALUES (?, ?)');
  const licence = db.prepare('INSERT INTO eligible_licences VALUES (?)');
  db.transaction(() => {
    for (const event of events) {
      if (event.type === 'SaleRecorded') {
        const { saleId, mpnId, sku, licenseType, quantity, soldAt } = event.data;
        sale.run(saleId, mpnId, sku, licenseType, quantity, instantMs(soldAt));
      } else if (event.type === 'SaleReversed') reversal.run(event.data.saleId, event.data.quantity);
    }
    for (const mpnId of mpnIds) registration.run(mpnId);
    for (const { sku, amountCents } of terms.rateCard) rate.run(sku, amountCents);
    for (const licenseType of terms.eligibleLicenseTypes) licence.run(licenseType);
  })();
}

type QueryParameters = {
  startMs: number;
  endMs: number;
  minUnitsPerSale: number;
  minUnitsPerPartner: number;
  maxUnitsPerPartner: number;
  maxPayoutCentsPerPartner: number;
};

const queryParameters = (terms: DollarPerSkuTerms): QueryParameters => ({
  startMs: instantMs(terms.period.start),
  endMs: instantMs(terms.period.end),
  minUnitsPerSale: Math.max(1, terms.minUnitsPerSale),
  minUnitsPerPartner: terms.minUnitsPerPartner,
  // An absent cap is no cap: a number no partner reaches keeps the query free of NULL cases.
  maxUnitsPerPartner: terms.maxUnitsPerPartner ?? Number.MAX_SAFE_INTEGER,
  maxPayoutCentsPerPartner: terms.maxPayoutCentsPerPartner ?? Number.MAX_SAFE_INTEGER,
});
