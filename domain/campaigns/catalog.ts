import { isOneOf } from '../../events/catalog.js';
import { instantMs } from '../../events/instant.js';
import type { Fold } from '../decider.js';
import {
  type CampaignEvent,
  campaignEventTypes,
  evolveCampaign,
  initialCampaignState,
  type PublishedCampaign,
} from './campaign.js';

/** The campaign catalog: every published campaign by id, folded from all campaign streams. */
export type CampaignCatalog = ReadonlyMap<string, PublishedCampaign>;

export function evolveCatalog(catalog: CampaignCatalog, event: CampaignEvent): CampaignCatalog {
  const id = event.data.campaignId;
  const next = evolveCampaign(catalog.get(id) ?? initialCampaignState(), event);
  if (next.status !== 'published') return catalog;
  return new Map(catalog).set(id, next);
}

/** The catalog as the campaigns index folds it. */
export const catalogFold: Fold<CampaignCatalog, CampaignEvent> = {
  isOwnEvent: isOneOf(campaignEventTypes),
  evolve: evolveCatalog,
  initialState: () => new Map(),
};

/** Campaigns a partner can still register for at `now`, soonest deadline first. */
export function openForRegistration(catalog: CampaignCatalog, now: string): PublishedCampaign[] {
  return [...catalog.values()]
    .filter((c) => instantMs(now) <= instantMs(c.terms.registrationDeadline))
    .sort(
      (a, b) =>
        instantMs(a.terms.registrationDeadline) - instantMs(b.terms.registrationDeadline) ||
        (a.campaignId < b.campaignId ? -1 : 1),
    );
}
