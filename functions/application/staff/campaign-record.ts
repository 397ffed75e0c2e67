import type { PublishedCampaign } from '../../../domain/campaigns/campaign.js';
import { campaignDecider } from '../../../domain/campaigns/decide.js';
import type { Actor } from '../../../events/envelope.js';
import { CampaignId } from '../../../events/fields.js';
import { streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { readSlice } from '../read-slice.js';

/** The latest thing done to a campaign: publishing it or revising its T&C, when, and by whom. */
export type CampaignChange = {
  type: 'CampaignPublished' | 'CampaignTermsRevised';
  at: string;
  actor: Actor;
  termsSha256: string;
};

/** A published campaign with its latest change, as recorded; undefined for an id that names none. */
export async function campaignRecord(
  store: EventReader,
  campaignId: string,
): Promise<{ campaign: PublishedCampaign; latest: CampaignChange } | undefined> {
  if (!CampaignId.safeParse(campaignId).success) return undefined;
  const { state, events } = await readSlice(store, campaignDecider, streamIds.campaign(campaignId));
  const last = events.at(-1);
  if (state.status !== 'published' || !last) return undefined;
  return {
    campaign: state,
    latest: {
      type: last.type,
      at: last.recordedAt,
      actor: last.metadata.actor,
      termsSha256: last.data.termsSha256,
    },
  };
}
