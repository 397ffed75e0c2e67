import type { PublishedCampaign } from '../../domain/campaigns/campaign.js';
import { type CampaignCatalog, catalogFold } from '../../domain/campaigns/catalog.js';
import { campaignDecider } from '../../domain/campaigns/decide.js';
import { notFound, type Refusal, type Result, refused } from '../../domain/refusal.js';
import { CampaignId } from '../../events/fields.js';
import { indexKeys, streamIds } from '../../events/streams.js';
import type { EventReader } from '../ports/event-store.js';
import { type AsOf, foldIndex, readSlice } from './read-slice.js';

/** Every published campaign, folded from the campaigns index of the event store. */
export const loadCatalog = (store: EventReader, options: AsOf = {}): Promise<CampaignCatalog> =>
  foldIndex(store, catalogFold, indexKeys.campaigns(), options);

export const campaignNotFound = (campaignId: string): Refusal<'campaign-not-found'> =>
  notFound('campaign-not-found', `There is no campaign ${campaignId}.`);

/** One published campaign, as it stands or as it stood; an id that cannot name one is not found. */
export async function loadCampaign(
  store: EventReader,
  campaignId: string,
  options: AsOf = {},
): Promise<Result<{ campaign: PublishedCampaign }, 'campaign-not-found'>> {
  if (!CampaignId.safeParse(campaignId).success) return refused(campaignNotFound(campaignId));
  const { state } = await readSlice(store, campaignDecider, streamIds.campaign(campaignId), options);
  if (state.status !== 'published') return refused(campaignNotFound(campaignId));
  return { ok: true, campaign: state };
}
