import type { CampaignPhase } from '../../../domain/campaigns/campaign-phase.js';
import type { CampaignTerms } from '../../../events/campaign-terms.js';
import type { Words } from '../../i18n/words.js';

/** Where a campaign stands, in a few words (a table's cell). */
export const phaseWords = (w: Words, phase: CampaignPhase): string => w.t(`admin.phase.${phase}`);

/** Where a campaign stands, and until or since when. */
export const phaseSentence = (w: Words, phase: CampaignPhase, terms: CampaignTerms): string =>
  w.t(`admin.phase.${phase}.detail`, {
    start: w.instant(terms.period.start),
    end: w.instant(terms.period.end),
    deadline: w.instant(terms.registrationDeadline),
  });
