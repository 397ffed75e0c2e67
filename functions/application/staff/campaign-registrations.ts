import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import type { ReadModelQueries } from '../../ports/read-models.js';
import { readModelKeys } from '../../read-models/targets.js';
import { partnerNames } from '../partner-names.js';

export type CampaignRegistration = RegistrationView & { companyName: string };

/**
 * A campaign's registrations as the read models hold them (a moment behind the latest decision),
 * each with its partner's company name, the earliest submitted first.
 */
export async function campaignRegistrations(
  readModels: ReadModelQueries,
  campaignId: string,
): Promise<CampaignRegistration[]> {
  const { pk, sk } = readModelKeys.campaignRegistration(campaignId, '');
  const views = await readModels.queryViews<RegistrationView>(pk, sk);
  const companyOf = await partnerNames(
    readModels,
    views.map((view) => view.mpnId),
  );
  return views
    .map((view) => ({ ...view, companyName: companyOf(view.mpnId) }))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}
