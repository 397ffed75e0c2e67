import type { CampaignTerms } from '../../events/campaign-terms.js';
import { instantMs } from '../../events/instant.js';
import { type Ledger, netUnitsIn, type SoldLine } from '../sales/ledger.js';
import { unitRates } from './calculate-statement.js';
import { type PeriodMs, periodPosition } from './campaign-period.js';
import { compareText, type ExclusionReason, type Statement, type StatementLine } from './statement.js';
import { statementWindow } from './statement-window.js';

/** What a partner recognises a sale by: when it was sold and to whom. */
type SaleFacts = { soldAt: string; customerId: string };

/** A paid or counted line with its sale's facts, and, per unit paid, its rate. */
export type PartnerStatementLine = StatementLine & SaleFacts & { rateCents?: number };

/** A sale as a statement shows it: what was sold, how many units, when and to whom. */
export type StatementSale = SaleFacts & { saleId: string; sku: string; units: number };

/** A line of the period that earned nothing, with its sale's facts and its net units. */
export type PartnerExclusion = StatementSale & { reason: ExclusionReason };

/**
 * A sale of the partner dated outside the campaign's period, and the partner's other campaigns
 * whose period it falls in (their statements say what it earned there).
 */
export type SaleOutsidePeriod = StatementSale & {
  when: 'before-period' | 'after-period';
  otherCampaigns: string[];
};

/** A campaign of the partner's other registrations, by its period. */
export type CampaignPeriod = { campaignId: string; period: { start: string; end: string } };

const periodMsOf = (period: CampaignPeriod['period']): PeriodMs => ({
  startMs: instantMs(period.start),
  endMs: instantMs(period.end),
});

const salesById = (ledger: Ledger) => new Map(ledger.lines.map((line) => [line.saleId, line]));

function soldLine(sales: ReadonlyMap<string, SoldLine>, saleId: string): SoldLine {
  const line = sales.get(saleId);
  if (!line) throw new Error(`Sale ${saleId} is on the statement but not in the ledger it was computed from`);
  return line;
}

/**
 * The statement's lines with what the partner needs to recognise each: the sale's date and
 * customer, what a unit earns (Dollar per SKU), and the net units of a line that earned nothing.
 */
export function linesInDetail(
  terms: CampaignTerms,
  ledger: Ledger,
  statement: Pick<Statement, 'lines' | 'excluded'>,
): { lines: PartnerStatementLine[]; excluded: PartnerExclusion[] } {
  const sales = salesById(ledger);
  const rates = unitRates(terms);
  return {
    lines: statement.lines.map((line) => {
      const { soldAt, customerId } = soldLine(sales, line.saleId);
      const rateCents = rates.get(line.sku);
      return { ...line, soldAt, customerId, ...(rateCents !== undefined ? { rateCents } : {}) };
    }),
    excluded: statement.excluded.map(({ saleId, reason }) => {
      const sale = soldLine(sales, saleId);
      return {
        saleId,
        sku: sale.sku,
        units: netUnitsIn(ledger, sale),
        soldAt: sale.soldAt,
        customerId: sale.customerId,
        reason,
      };
    }),
  };
}

/**
 * The partner's sales dated outside the campaign's period but within its statement window, in sale
 * order, so that no sale the partner could have meant for the campaign goes unmentioned: each says
 * whether it was sold before or after the period, and which of the partner's other campaigns it
 * falls in.
 */
export function salesOutsidePeriod(
  terms: CampaignTerms,
  ledger: Ledger,
  others: readonly CampaignPeriod[],
): SaleOutsidePeriod[] {
  const period = periodMsOf(terms.period);
  const otherPeriods = others
    .filter((other) => other.campaignId !== terms.campaignId)
    .map((other) => ({ campaignId: other.campaignId, period: periodMsOf(other.period) }));
  return linesOutsidePeriod(terms, ledger)
    .sort((a, b) => a.soldAtMs - b.soldAtMs || compareText(a.saleId, b.saleId))
    .map((line) => ({
      saleId: line.saleId,
      sku: line.sku,
      units: netUnitsIn(ledger, line),
      soldAt: line.soldAt,
      customerId: line.customerId,
      when: line.soldAtMs < period.startMs ? 'before-period' : 'after-period',
      otherCampaigns: otherPeriods
        .filter((other) => periodPosition(other.period, line.soldAtMs) === 'in-period')
        .map((other) => other.campaignId)
        .sort(compareText),
    }));
}

function linesOutsidePeriod(terms: CampaignTerms, ledger: Ledger): SoldLine[] {
  const period = periodMsOf(terms.period);
  const window = statementWindow(terms);
  return ledger.lines.filter(
    (line) =>
      periodPosition(window, line.soldAtMs) === 'in-period' &&
      periodPosition(period, line.soldAtMs) !== 'in-period',
  );
}

/** Whether the statement lists sales outside the period (the partner's other campaigns are read only then). */
export const hasSalesOutsidePeriod = (terms: CampaignTerms, ledger: Ledger) =>
  linesOutsidePeriod(terms, ledger).length > 0;
