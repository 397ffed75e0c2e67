import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { CampaignEvent } from './campaign.js';

/** A campaign as the catalog lists it, with the T&C version to sign. */
export type CampaignView = {
  campaignId: string;
  name: string;
  type: CampaignTerms['type'];
  period: { start: string; end: string };
  registrationDeadline: string;
  termsSha256: string;
  publishedAt: string;
};

export function evolveCampaignView(
  view: CampaignView | undefined,
  event: CampaignEvent,
): CampaignView | undefined {
  switch (event.type) {
    case 'CampaignPublished': {
      const { terms, termsSha256, publishedAt } = event.data;
      const { campaignId, name, type, period, registrationDeadline } = terms;
      return { campaignId, name, type, period, registrationDeadline, termsSha256, publishedAt };
    }
    case 'CampaignTermsRevised':
      return view && { ...view, termsSha256: event.data.termsSha256 };
  }
}
