import type { CampaignTerms, DollarPerSkuTerms, FrequencyTerms } from '../../events/campaign-terms.js';
import { instantMs } from '../../events/instant.js';
import { DAY_MS } from '../durations.js';
import { type Ledger, netUnitsIn, type SoldLine } from '../sales/ledger.js';
import { periodPosition } from './campaign-period.js';
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
  /** The partner's sales as of the statement's instant, any period, any SKU. */
  ledger: Ledger;
};

type Earnings = { lines: StatementLine[]; excluded: Exclusion[]; count: number; earnedCents: number };

/** What the statement rules take from a campaign's terms, worked out once per campaign, not per partner. */
type Rules = {
  startMs: number;
  endMs: number;
  licences: ReadonlySet<string>;
  skus: ReadonlySet<string>;
  rates: ReadonlyMap<string, number>;
  minUnits: number;
};

const rulesByTerms = new WeakMap<CampaignTerms, Rules>();

function rulesOf(terms: CampaignTerms): Rules {
  let rules = rulesByTerms.get(terms);
  if (!rules) {
    const rates = new Map(
      terms.type === 'dollarPerSku' ? terms.rateCard.map((r) => [r.sku, r.amountCents]) : [],
    );
    rules = {
      startMs: instantMs(terms.period.start),
      endMs: instantMs(terms.period.end),
      licences: new Set(terms.eligibleLicenseTypes),
      skus: new Set(terms.type === 'dollarPerSku' ? rates.keys() : terms.eligibleSkus),
      rates,
      minUnits: Math.max(1, terms.minUnitsPerSale),
    };
    rulesByTerms.set(terms, rules);
  }
  return rules;
}

/** What a unit of each SKU of the rate card earns (none for a frequency campaign). */
export const unitRates = (terms: CampaignTerms): ReadonlyMap<string, number> => rulesOf(terms).rates;

const bySoldAtThenSaleId = (a: SoldLine, b: SoldLine) =>
  a.soldAtMs - b.soldAtMs || compareText(a.saleId, b.saleId);

/**
 * What a partner has earned in a campaign (docs/incentive-rules.md, "Payout statements"): every paid or counted
 * line is listed, and every line of the period that earned nothing says why.
 */
export function calculateStatement({ terms, mpnId, registrationStatus, ledger }: StatementInput): Statement {
  const rules = rulesOf(terms);
  const excluded: Exclusion[] = [];
  const eligible: SoldLine[] = [];
  let eligibleUnits = 0;
  for (const line of ledger.lines) {
    if (periodPosition(rules, line.soldAtMs) !== 'in-period') continue;
    const reason = ineligibility(rules, ledger, line);
    if (reason) excluded.push({ saleId: line.saleId, reason });
    else {
      eligible.push(line);
      eligibleUnits += netUnitsIn(ledger, line);
    }
  }
  // The reason a line is excluded does not depend on order; what is paid does (step 4).
  eligible.sort(bySoldAtThenSaleId);

  const earnings: Earnings =
    eligibleUnits < terms.minUnitsPerPartner
      ? { lines: [], excluded: exclude(eligible, 'below-partner-minimum'), count: 0, earnedCents: 0 }
      : terms.type === 'dollarPerSku'
        ? dollarPerSku(terms, rules, ledger, eligible)
        : frequency(terms, ledger, eligible, rules.startMs);

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
function ineligibility(
  { licences, skus, minUnits }: Rules,
  ledger: Ledger,
  line: SoldLine,
): ExclusionReason | undefined {
  if (licences.size > 0 && !licences.has(line.licenseType)) return 'licence-not-eligible';
  if (!skus.has(line.sku)) return 'sku-not-eligible';
  const net = netUnitsIn(ledger, line);
  if (net === 0) return 'fully-reversed';
  if (net < minUnits) return 'below-minimum-units';
  return undefined;
}

/** Step 4: lines in (soldAt, saleId) order are paid per unit until the partner's unit cap runs out. */
function dollarPerSku(
  terms: DollarPerSkuTerms,
  { rates }: Rules,
  ledger: Ledger,
  eligible: SoldLine[],
): Earnings {
  let unitsLeft = terms.maxUnitsPerPartner ?? Number.POSITIVE_INFINITY;
  const lines: StatementLine[] = [];
  const excluded: Exclusion[] = [];
  let earnedCents = 0;
  for (const line of eligible) {
    const units = Math.min(netUnitsIn(ledger, line), unitsLeft);
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
function frequency(terms: FrequencyTerms, ledger: Ledger, eligible: SoldLine[], startMs: number): Earnings {
  const counted = terms.metric === 'transactions' ? eligible : [];
  const excluded: Exclusion[] = [];
  if (terms.metric === 'newCustomers') {
    const lookbackStartMs = startMs - terms.newCustomerLookbackDays * DAY_MS;
    const existingCustomers = new Set(
      ledger.lines
        .filter((l) => lookbackStartMs <= l.soldAtMs && l.soldAtMs < startMs)
        .map((l) => l.customerId),
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
  const tier = tierReached(terms.tiers, count);
  return {
    lines: counted.map((l) => ({
      saleId: l.saleId,
      sku: l.sku,
      units: netUnitsIn(ledger, l),
      amountCents: 0,
    })),
    excluded,
    count,
    earnedCents: tier?.amountCents ?? 0,
  };
}

/** The highest tier whose threshold the count reaches (tiers do not add up), if any. */
export const tierReached = (tiers: FrequencyTerms['tiers'], count: number) =>
  tiers.filter((t) => t.threshold <= count).sort((a, b) => b.threshold - a.threshold)[0];

const exclude = (lines: SoldLine[], reason: ExclusionReason): Exclusion[] =>
  lines.map((l) => ({ saleId: l.saleId, reason }));

/** An amount under the campaign's cap per partner. */
export const capped = (cents: number, capCents: number | undefined) =>
  capCents === undefined ? cents : Math.min(cents, capCents);
