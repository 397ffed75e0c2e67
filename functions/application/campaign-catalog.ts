import type { CampaignEvent, PublishedCampaign } from '../../domain/campaigns/campaign.js';
import { type CampaignCatalog, evolveCatalog } from '../../domain/campaigns/catalog.js';
import { fold } from '../../domain/decider.js';
import { notFound } from '../../domain/errors.js';
import { CampaignId } from '../../events/fields.js';
import { indexKeys, streamIds } from '../../events/streams.js';
import type { EventStore } from '../ports/event-store.js';
import { loadState } from './handle-command.js';
import { campaignSlice } from './slices.js';

/** Every published campaign, folded from the campaigns index of the event store. */
export async function loadCatalog(store: EventStore): Promise<CampaignCatalog> {
  const events = await store.readIndex(indexKeys.campaigns());
  return fold(evolveCatalog, new Map(), events as CampaignEvent[]);
}

const campaignNotFound = (campaignId: string) =>
  notFound('campaign-not-found', `There is no campaign ${campaignId}.`);

/** One published campaign; an id that cannot name one is simply not found. */
export async function loadCampaign(store: EventStore, campaignId: string): Promise<PublishedCampaign> {
  if (!CampaignId.safeParse(campaignId).success) throw campaignNotFound(campaignId);
  const { state } = await loadState(store, streamIds.campaign(campaignId), campaignSlice);
  if (state.status !== 'published') throw campaignNotFound(campaignId);
  return state;
}
