import type { CampaignTerms } from '../../events/campaign-terms.js';
import { instantMs } from '../../events/instant.js';

/**
 * Where a campaign stands at an instant, for the people who run it: partners may register up to
 * and including the deadline, sales count from the start of the period until (not at) its end.
 * Registration may open before sales count, and may close before or after the period starts.
 */
export type CampaignPhase =
  /** Registration has closed, and sales do not count yet. */
  | 'announced'
  /** Partners may still register (sales may or may not count already). */
  | 'open'
  /** Registration has closed, and sales count. */
  | 'running'
  /** The period is over: no sale counts any more. */
  | 'ended';

export function campaignPhase(
  terms: Pick<CampaignTerms, 'period' | 'registrationDeadline'>,
  now: string,
): CampaignPhase {
  const at = instantMs(now);
  if (at >= instantMs(terms.period.end)) return 'ended';
  if (at <= instantMs(terms.registrationDeadline)) return 'open';
  return at < instantMs(terms.period.start) ? 'announced' : 'running';
}
