import type { CampaignTerms } from '../../events/campaign-terms.js';
import { instantMs } from '../../events/instant.js';
import type { Ledger } from '../sales/ledger.js';
import { calculateStatement, capped, tierReached } from './calculate-statement.js';
import type { StatementRegistrationStatus } from './statement.js';

type FrequencyMetric = 'transactions' | 'newCustomers';

/**
 * How far a partner is from what would change its payout next, in its campaign's own terms:
 * the minimum of units per partner, the next tier, the unit cap, the payout cap.
 */
export type Milestone =
  /** `unitsToGo` more eligible units reach the minimum; the lines so far would then earn `earnsCents`. */
  | { kind: 'partner-minimum'; unitsToGo: number; minimumUnits: number; earnsCents: number }
  /** `toGo` more sales or new customers reach the tier of `threshold`, which pays `paysCents`. */
  | {
      kind: 'next-tier';
      metric: FrequencyMetric;
      toGo: number;
      threshold: number;
      paysCents: number;
    }
  /** The count reached the highest tier. */
  | { kind: 'highest-tier'; metric: FrequencyMetric; threshold: number; paysCents: number }
  /** `unitsLeft` more units can be paid before the cap of units per partner (0: reached). */
  | { kind: 'unit-cap'; unitsLeft: number; maxUnits: number }
  /** `centsLeft` more can be earned before the cap per partner (0: reached). */
  | { kind: 'payout-cap'; centsLeft: number; capCents: number };

export type MilestoneInput = {
  terms: CampaignTerms;
  mpnId: string;
  registrationStatus: StatementRegistrationStatus;
  /** The same ledger the statement is computed from. */
  ledger: Ledger;
  asOf: string;
};

/**
 * The milestones ahead of a partner while its campaign is open and its registration may still
 * earn. The statement is computed by the payout calculator itself, without the minimum per partner
 * and the payout cap, so that the distance to each can be measured; nothing is computed apart.
 */
export function nextMilestones({
  terms,
  mpnId,
  registrationStatus,
  ledger,
  asOf,
}: MilestoneInput): Milestone[] {
  const mayEarn = registrationStatus === 'approved' || registrationStatus === 'pending';
  if (!mayEarn || instantMs(asOf) >= instantMs(terms.period.end)) return [];
  const { minUnitsPerPartner, maxPayoutCentsPerPartner: capCents, ...limited } = terms;
  const unlimited = calculateStatement({
    terms: { ...limited, minUnitsPerPartner: 0 },
    mpnId,
    registrationStatus: 'approved',
    ledger,
  });
  const milestones: Milestone[] = [];
  if (unlimited.eligibleUnits < minUnitsPerPartner) {
    milestones.push({
      kind: 'partner-minimum',
      unitsToGo: minUnitsPerPartner - unlimited.eligibleUnits,
      minimumUnits: minUnitsPerPartner,
      earnsCents: capped(unlimited.amountCents, capCents),
    });
  }
  const capReached = capCents !== undefined && unlimited.amountCents >= capCents;
  if (terms.type === 'frequency') {
    const next = [...terms.tiers]
      .sort((a, b) => a.threshold - b.threshold)
      .find((tier) => tier.threshold > unlimited.count);
    const reached = tierReached(terms.tiers, unlimited.count);
    if (next && !capReached) {
      milestones.push({
        kind: 'next-tier',
        metric: terms.metric,
        toGo: next.threshold - unlimited.count,
        threshold: next.threshold,
        paysCents: capped(next.amountCents, capCents),
      });
    } else if (!next && reached) {
      milestones.push({
        kind: 'highest-tier',
        metric: terms.metric,
        threshold: reached.threshold,
        paysCents: capped(reached.amountCents, capCents),
      });
    }
  } else if (terms.maxUnitsPerPartner !== undefined) {
    const paidUnits = unlimited.lines.reduce((sum, line) => sum + line.units, 0);
    milestones.push({
      kind: 'unit-cap',
      unitsLeft: terms.maxUnitsPerPartner - paidUnits,
      maxUnits: terms.maxUnitsPerPartner,
    });
  }
  // A tier pays all at once: its cap is news only once reached; per-unit pay nears it unit by unit.
  if (capCents !== undefined && (terms.type === 'dollarPerSku' || capReached)) {
    milestones.push({
      kind: 'payout-cap',
      centsLeft: Math.max(0, capCents - unlimited.amountCents),
      capCents,
    });
  }
  return milestones;
}
