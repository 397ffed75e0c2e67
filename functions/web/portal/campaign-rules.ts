import type { CampaignTerms } from '../../../events/campaign-terms.js';
import type { Words } from '../../i18n/words.js';
import { table } from '../components.js';
import { type Html, html } from '../html.js';

/** What kind of campaign it is, in a few words. */
export const kindOf = (w: Words, terms: CampaignTerms) =>
  terms.type === 'dollarPerSku' ? w.t('kind.dollarPerSku') : w.t(`kind.frequency.${terms.metric}`);

/**
 * The rules of a campaign in the partner's words, every number from its published terms: what a
 * unit or a level earns, what counts, and the limits. The statement computes money from the same terms.
 */
export function campaignRules(w: Words, terms: CampaignTerms): Html {
  const common = [
    w.t('campaign.period', { start: w.instant(terms.period.start), end: w.instant(terms.period.end) }),
    terms.eligibleLicenseTypes.length > 0
      ? w.t('campaign.licenses', { list: w.list(terms.eligibleLicenseTypes) })
      : w.t('campaign.licenses.any'),
    ...(terms.minUnitsPerSale > 1 ? [w.count('campaign.minUnitsPerSale', terms.minUnitsPerSale)] : []),
    ...(terms.minUnitsPerPartner > 0
      ? [w.count('campaign.minUnitsPerPartner', terms.minUnitsPerPartner)]
      : []),
    ...(terms.maxPayoutCentsPerPartner !== undefined
      ? [w.t('campaign.cap', { amount: w.money(terms.maxPayoutCentsPerPartner) })]
      : []),
  ];
  if (terms.type === 'dollarPerSku') {
    return html`${table({
      caption: w.t('campaign.rateCard.caption'),
      head: [w.t('campaign.rateCard.sku'), w.t('campaign.rateCard.amount')],
      rows: terms.rateCard.map((entry) => [entry.sku, w.money(entry.amountCents)]),
      numeric: [1],
    })}
<ul>${[
      ...common,
      ...(terms.maxUnitsPerPartner !== undefined
        ? [w.count('campaign.maxUnits', terms.maxUnitsPerPartner)]
        : []),
    ].map((line) => html`<li>${line}</li>`)}</ul>`;
  }
  const tiers = [...terms.tiers].sort((a, b) => a.threshold - b.threshold);
  return html`${table({
    caption: w.t('campaign.tiers.caption'),
    head: [w.t(`campaign.tiers.threshold.${terms.metric}`), w.t('campaign.tiers.amount')],
    rows: tiers.map((tier) => [w.number(tier.threshold), w.money(tier.amountCents)]),
    numeric: [0, 1],
  })}
<ul>${[
    w.t('campaign.tiers.highest'),
    w.t('campaign.skus', { list: w.list(terms.eligibleSkus) }),
    ...(terms.metric === 'newCustomers'
      ? [w.count('campaign.newCustomer', terms.newCustomerLookbackDays)]
      : []),
    ...common,
  ].map((line) => html`<li>${line}</li>`)}</ul>`;
}
