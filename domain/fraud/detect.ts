import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { FraudFlagKind } from '../../events/fraud.js';
import { instantMs } from '../../events/instant.js';
import { DAY_MS, HOUR_MS } from '../durations.js';
import { type LedgerLine, netUnits } from '../sales/ledger.js';

/** What the checks look for; each threshold is what a finance team would first want to look at. */
export const fraudRules = {
  /** This many tiny lines to one customer within the window make a burst. */
  burstLines: 5,
  burstWindowMs: 24 * HOUR_MS,
  /** A sale dated within this long before the period's end ... */
  lateSoldWithinMs: 3 * DAY_MS,
  /** ... and recorded this long after it, is late. */
  lateRecordedAfterMs: 14 * DAY_MS,
  freeMailDomains: [
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.com',
    'live.com',
    'msn.com',
    'yahoo.com',
    'yahoo.ca',
    'icloud.com',
    'me.com',
    'aol.com',
    'proton.me',
    'protonmail.com',
    'gmx.com',
    'mail.com',
    'yandex.com',
  ],
};

/** A finding: the edge turns its key into a stable flag id, so that a finding is raised once. */
export type Finding = {
  kind: FraudFlagKind;
  mpnId: string;
  key: string;
  saleIds: string[];
  evidence: Record<string, string | number>;
};

export type PartnerSales = { mpnId: string; lines: (LedgerLine & { recordedAt: string })[] };

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The checks over a campaign's sales: the same customer, SKU and day claimed by two partners;
 * bursts of tiny sales just over the minimum to one customer; sales dated just inside the period
 * but recorded long after it ended. Findings, not verdicts: nothing is dropped.
 */
export function detectSaleFindings(
  terms: CampaignTerms,
  partners: PartnerSales[],
  rules = fraudRules,
): Finding[] {
  const startMs = instantMs(terms.period.start);
  const endMs = instantMs(terms.period.end);
  const inPeriod = partners.map((p) => ({
    mpnId: p.mpnId,
    lines: p.lines.filter((l) => startMs <= l.soldAtMs && l.soldAtMs < endMs && netUnits(l) > 0),
  }));
  return [
    ...duplicateClaims(inPeriod),
    ...inPeriod.flatMap((p) => tinySalesBursts(p, Math.max(1, terms.minUnitsPerSale), rules)),
    ...inPeriod.flatMap((p) => lateRecorded(p, endMs, rules)),
  ];
}

function duplicateClaims(partners: PartnerSales[]): Finding[] {
  const claims = new Map<string, Map<string, string[]>>();
  for (const { mpnId, lines } of partners) {
    for (const line of lines) {
      const key = `${line.customerId}|${line.sku}|${day(line.soldAtMs)}`;
      const byPartner = claims.get(key) ?? new Map<string, string[]>();
      byPartner.set(mpnId, [...(byPartner.get(mpnId) ?? []), line.saleId]);
      claims.set(key, byPartner);
    }
  }
  return [...claims.entries()]
    .filter(([, byPartner]) => byPartner.size > 1)
    .flatMap(([key, byPartner]) => {
      const [customerId, sku, soldOn] = key.split('|') as [string, string, string];
      return [...byPartner.entries()].map(([mpnId, saleIds]) => ({
        kind: 'duplicate-claim' as const,
        mpnId,
        key,
        saleIds,
        evidence: {
          customerId,
          sku,
          soldOn,
          alsoClaimedBy: [...byPartner.keys()].filter((m) => m !== mpnId).join(','),
        },
      }));
    });
}

function tinySalesBursts(
  { mpnId, lines }: PartnerSales,
  minUnits: number,
  rules: typeof fraudRules,
): Finding[] {
  // Lines under the minimum earn nothing anyway: the pattern is splitting sales to just clear it.
  const tiny = lines.filter((l) => netUnits(l) >= minUnits && netUnits(l) <= minUnits + 1);
  const byCustomer = new Map<string, typeof tiny>();
  for (const line of tiny)
    byCustomer.set(line.customerId, [...(byCustomer.get(line.customerId) ?? []), line]);
  const findings: Finding[] = [];
  for (const [customerId, customerLines] of byCustomer) {
    const sorted = [...customerLines].sort(
      (a, b) => a.soldAtMs - b.soldAtMs || (a.saleId < b.saleId ? -1 : 1),
    );
    let first = 0;
    while (first < sorted.length) {
      const startMs = (sorted[first] as LedgerLine).soldAtMs;
      let last = first;
      while (
        last + 1 < sorted.length &&
        (sorted[last + 1] as LedgerLine).soldAtMs - startMs <= rules.burstWindowMs
      )
        last++;
      if (last - first + 1 < rules.burstLines) {
        first++;
        continue;
      }
      const burst = sorted.slice(first, last + 1);
      findings.push({
        kind: 'tiny-sales-burst',
        mpnId,
        key: `${customerId}|${(burst[0] as LedgerLine).saleId}`,
        saleIds: burst.map((l) => l.saleId),
        evidence: {
          customerId,
          lines: burst.length,
          from: (burst[0] as LedgerLine).soldAt,
          to: (burst.at(-1) as LedgerLine).soldAt,
          unitsPerLineAtMost: minUnits + 1,
        },
      });
      first = last + 1;
    }
  }
  return findings;
}

function lateRecorded({ mpnId, lines }: PartnerSales, endMs: number, rules: typeof fraudRules): Finding[] {
  return lines
    .filter(
      (l) =>
        endMs - l.soldAtMs <= rules.lateSoldWithinMs &&
        instantMs(l.recordedAt) - endMs > rules.lateRecordedAfterMs,
    )
    .map((l) => ({
      kind: 'late-recorded-sale' as const,
      mpnId,
      key: l.saleId,
      saleIds: [l.saleId],
      evidence: { soldAt: l.soldAt, recordedAt: l.recordedAt, periodEnd: new Date(endMs).toISOString() },
    }));
}

/** A partner signing up with a free-mail address rather than a company domain. */
export function detectSignUpFindings(
  partner: { mpnId: string; contactEmail: string },
  rules = fraudRules,
): Finding[] {
  const domain = partner.contactEmail.split('@').at(-1)?.toLowerCase() ?? '';
  if (!rules.freeMailDomains.includes(domain)) return [];
  return [
    {
      kind: 'free-mail-sign-up',
      mpnId: partner.mpnId,
      key: partner.mpnId,
      saleIds: [],
      evidence: { domain },
    },
  ];
}
