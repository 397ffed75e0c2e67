import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import type { EventReader } from '../../ports/event-store.js';
import type { ReadModelQueries } from '../../ports/read-models.js';
import { readModelKeys } from '../../read-models/targets.js';
import { loadCatalog } from '../campaign-catalog.js';
import { partnerNames } from '../partner-names.js';

export type WaitingRegistration = RegistrationView & { campaignName: string; companyName: string };

/**
 * Every registration waiting for an approver, across the campaigns, the longest-waiting first:
 * the approvers' queue. Read from the read models, which may lag a moment behind a decision.
 */
export async function registrationsToDecide(
  store: EventReader,
  readModels: ReadModelQueries,
): Promise<WaitingRegistration[]> {
  const catalog = await loadCatalog(store);
  const perCampaign = await Promise.all(
    [...catalog.values()].map(async (campaign) => {
      const { pk, sk } = readModelKeys.campaignRegistration(campaign.campaignId, '');
      const views = await readModels.queryViews<RegistrationView>(pk, sk);
      return views
        .filter((view) => view.status === 'pending-approval')
        .map((view) => ({ ...view, campaignName: campaign.terms.name }));
    }),
  );
  const waiting = perCampaign.flat();
  const companyOf = await partnerNames(
    readModels,
    waiting.map((r) => r.mpnId),
  );
  return waiting
    .map((r) => ({ ...r, companyName: companyOf(r.mpnId) }))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}
