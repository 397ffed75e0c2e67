import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { EventOfType } from '../../events/catalog.js';

/** The events of a campaign's stream. */
export const campaignEventTypes = ['CampaignPublished', 'CampaignTermsRevised'] as const;

export type CampaignEvent = EventOfType<(typeof campaignEventTypes)[number]>;

export type PublishedCampaign = {
  status: 'published';
  campaignId: string;
  terms: CampaignTerms;
  termsText: string;
  /** The current T&C version: the one a partner must sign to register. */
  termsSha256: string;
  publishedAt: string;
};

export type CampaignState = { status: 'unpublished' } | PublishedCampaign;

export const initialCampaignState = (): CampaignState => ({ status: 'unpublished' });

export function evolveCampaign(state: CampaignState, event: CampaignEvent): CampaignState {
  switch (event.type) {
    case 'CampaignPublished': {
      const { campaignId, terms, termsText, termsSha256, publishedAt } = event.data;
      return { status: 'published', campaignId, terms, termsText, termsSha256, publishedAt };
    }
    case 'CampaignTermsRevised':
      if (state.status !== 'published') return state;
      return { ...state, termsText: event.data.termsText, termsSha256: event.data.termsSha256 };
  }
}
