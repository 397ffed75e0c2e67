import type { Milestone } from '../../../domain/payouts/next-milestones.js';
import type { Words } from '../../i18n/words.js';
import { type Html, html } from '../html.js';

/** One milestone in words and amounts: "3 more new customers reach the CAD 500.00 tier". */
export function milestoneText(w: Words, m: Milestone): string {
  switch (m.kind) {
    case 'partner-minimum':
      return w.count('statement.next.partnerMinimum', m.unitsToGo, {
        minimum: w.number(m.minimumUnits),
        amount: w.money(m.earnsCents),
      });
    case 'next-tier':
      return w.count(`statement.next.tier.${m.metric}`, m.toGo, {
        amount: w.money(m.paysCents),
        threshold: w.number(m.threshold),
      });
    case 'highest-tier':
      return w.t(`statement.next.highestTier.${m.metric}`, {
        threshold: w.number(m.threshold),
        amount: w.money(m.paysCents),
      });
    case 'unit-cap':
      return m.unitsLeft > 0
        ? w.count('statement.next.unitCap', m.unitsLeft, { maximum: w.number(m.maxUnits) })
        : w.t('statement.next.unitCapReached', { maximum: w.number(m.maxUnits) });
    case 'payout-cap':
      return m.centsLeft > 0
        ? w.t('statement.next.payoutCap', { amount: w.money(m.centsLeft), cap: w.money(m.capCents) })
        : w.t('statement.next.payoutCapReached', { cap: w.money(m.capCents) });
  }
}

/** While the campaign is open: what the partner's next sales would change. */
export const milestonesSection = (w: Words, milestones: readonly Milestone[]): Html | '' =>
  milestones.length === 0
    ? ''
    : html`<section class="card" aria-labelledby="next">
<h2 id="next">${w.t('statement.next.title')}</h2>
<ul>${milestones.map((m) => html`<li>${milestoneText(w, m)}</li>`)}</ul>
</section>`;
