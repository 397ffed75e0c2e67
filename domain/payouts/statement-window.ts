import type { CampaignTerms } from '../../events/campaign-terms.js';
import { instantMs } from '../../events/instant.js';
import { DAY_MS } from '../durations.js';
import type { PeriodMs } from './campaign-period.js';

/**
 * How far beyond its period a statement lists the partner's other sales (`outsidePeriod`): the
 * sales that could have been meant for the campaign, not the partner's whole history.
 */
export const OUTSIDE_PERIOD_DAYS = 31;

/**
 * The sales a statement of this campaign looks at, by when they were sold: its period, the
 * new-customer lookback before it (a Frequency campaign counting new customers), and the days
 * either side whose sales it lists. Nothing a statement says depends on a sale outside it.
 */
export function statementWindow(terms: CampaignTerms): PeriodMs {
  const lookbackDays =
    terms.type === 'frequency' && terms.metric === 'newCustomers' ? terms.newCustomerLookbackDays : 0;
  return {
    startMs: instantMs(terms.period.start) - Math.max(lookbackDays, OUTSIDE_PERIOD_DAYS) * DAY_MS,
    endMs: instantMs(terms.period.end) + OUTSIDE_PERIOD_DAYS * DAY_MS,
  };
}
