import type { CampaignTerms, DollarPerSkuTerms, FrequencyTerms } from '../../events/campaign-terms.js';
import { instantMs } from '../../events/instant.js';
import { DAY_MS } from '../decider.js';
import { type LedgerLine, netUnits } from '../sales/ledger.js';
import {
  compareText,
  type Exclusion,
  type ExclusionReason,
  type Statement,
  type StatementLine,
  type StatementRegistrationStatus,
} from './statement.js';

export type StatementInput = {
  terms: CampaignTerms;
  mpnId: string;
  registrationStatus: StatementRegistrationStatus;
  /** The partner's sale lines as of the statement's instant, any period, any SKU. */
  ledger: Iterable<LedgerLine>;
};

type Earnings = { lines: StatementLine[]; excluded: Exclusion[]; count: number; earnedCents: number };

const bySoldAtThenSaleId = (a: LedgerLine, b: LedgerLine) =>
  a.soldAtMs - b.soldAtMs || compareText(a.saleId, b.saleId);

/**
 * What a partner has earned in a campaign (incentive-rules.md, "Payout"): every paid or counted
 * line is listed, and every line of the period that earned nothing says why.
 */
export function calculateStatement({ terms, mpnId, registrationStatus, ledger }: StatementInput): Statement {
  const startMs = instantMs(terms.period.start);
  const endMs = instantMs(terms.period.end);
  const allLines = [...ledger];
  const inPeriod = allLines
    .filter((l) => startMs <= l.soldAtMs && l.soldAtMs < endMs)
    .sort(bySoldAtThenSaleId);

  const excluded: Exclusion[] = [];
  const eligible: LedgerLine[] = [];
  const ineligibility = lineIneligibility(terms);
  for (const line of inPeriod) {
    const reason = ineligibility(line);
    if (reason) excluded.push({ saleId: line.saleId, reason });
    else eligible.push(line);
  }
  const eligibleUnits = eligible.reduce((sum, line) => sum + netUnits(line), 0);

  const earnings: Earnings =
    eligibleUnits < terms.minUnitsPerPartner
      ? { lines: [], excluded: exclude(eligible, 'below-partner-minimum'), count: 0, earnedCents: 0 }
      : terms.type === 'dollarPerSku'
        ? dollarPerSku(terms, eligible)
        : frequency(terms, eligible, allLines, startMs);

  const potentialCents = capped(earnings.earnedCents, terms.maxPayoutCentsPerPartner);
  return {
    campaignId: terms.campaignId,
    mpnId,
    registrationStatus,
    eligibleUnits,
    count: earnings.count,
    amountCents: registrationStatus === 'approved' ? potentialCents : 0,
    potentialCents:
      registrationStatus === 'approved' || registrationStatus === 'pending' ? potentialCents : 0,
    lines: earnings.lines,
    excluded: [...excluded, ...earnings.excluded].sort((a, b) => compareText(a.saleId, b.saleId)),
  };
}

/** Step 2: the first reason, in the rules' order, that keeps a line of the period from being eligible. */
function lineIneligibility(terms: CampaignTerms): (line: LedgerLine) => ExclusionReason | undefined {
  const licences = new Set(terms.eligibleLicenseTypes);
  const skus = new Set(terms.type === 'dollarPerSku' ? terms.rateCard.map((r) => r.sku) : terms.eligibleSkus);
  const minUnits = Math.max(1, terms.minUnitsPerSale);
  return (line) => {
    if (licences.size > 0 && !licences.has(line.licenseType)) return 'licence-not-eligible';
    if (!skus.has(line.sku)) return 'sku-not-eligible';
    const net = netUnits(line);
    if (net === 0) return 'fully-reversed';
    if (net < minUnits) return 'below-minimum-units';
    return undefined;
  };
}

/** Step 4: lines in (soldAt, saleId) order are paid per unit until the partner's unit cap runs out. */
function dollarPerSku(terms: DollarPerSkuTerms, eligible: LedgerLine[]): Earnings {
  const rates = new Map(terms.rateCard.map((r) => [r.sku, r.amountCents]));
  let unitsLeft = terms.maxUnitsPerPartner ?? Number.POSITIVE_INFINITY;
  const lines: StatementLine[] = [];
  const excluded: Exclusion[] = [];
  let earnedCents = 0;
  for (const line of eligible) {
    const units = Math.min(netUnits(line), unitsLeft);
    if (units === 0) {
      excluded.push({ saleId: line.saleId, reason: 'unit-cap-reached' });
      continue;
    }
    unitsLeft -= units;
    const amountCents = units * (rates.get(line.sku) as number);
    earnedCents += amountCents;
    lines.push({ saleId: line.saleId, sku: line.sku, units, amountCents });
  }
  return { lines, excluded, count: lines.length, earnedCents };
}

/** Step 5: count transactions or new customers, and pay the highest tier the count reaches. */
function frequency(
  terms: FrequencyTerms,
  eligible: LedgerLine[],
  allLines: LedgerLine[],
  startMs: number,
): Earnings {
  const counted = terms.metric === 'transactions' ? eligible : [];
  const excluded: Exclusion[] = [];
  if (terms.metric === 'newCustomers') {
    const lookbackStartMs = startMs - terms.newCustomerLookbackDays * DAY_MS;
    const existingCustomers = new Set(
      allLines.filter((l) => lookbackStartMs <= l.soldAtMs && l.soldAtMs < startMs).map((l) => l.customerId),
    );
    const countedCustomers = new Set<string>();
    for (const line of eligible) {
      if (existingCustomers.has(line.customerId)) {
        excluded.push({ saleId: line.saleId, reason: 'existing-customer' });
      } else if (countedCustomers.has(line.customerId)) {
        excluded.push({ saleId: line.saleId, reason: 'customer-already-counted' });
      } else {
        countedCustomers.add(line.customerId);
        counted.push(line);
      }
    }
  }
  const count = counted.length;
  const tier = terms.tiers.filter((t) => t.threshold <= count).sort((a, b) => b.threshold - a.threshold)[0];
  return {
    lines: counted.map((l) => ({ saleId: l.saleId, sku: l.sku, units: netUnits(l), amountCents: 0 })),
    excluded,
    count,
    earnedCents: tier?.amountCents ?? 0,
  };
}

const exclude = (lines: LedgerLine[], reason: ExclusionReason): Exclusion[] =>
  lines.map((l) => ({ saleId: l.saleId, reason }));

const capped = (cents: number, capCents: number | undefined) =>
  capCents === undefined ? cents : Math.min(cents, capCents);
