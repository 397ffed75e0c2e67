import type { CampaignTerms } from '../../events/campaign-terms.js';
import { isOneOf } from '../../events/catalog.js';
import { canonicalJson } from '../canonical-json.js';
import { accept, type Decider, type Decision, refuse } from '../decider.js';
import { conflict } from '../refusal.js';
import {
  type CampaignEvent,
  type CampaignState,
  campaignEventTypes,
  evolveCampaign,
  initialCampaignState,
} from './campaign.js';

export type PublishCampaign = {
  type: 'PublishCampaign';
  data: { terms: CampaignTerms; termsText: string; termsSha256: string };
  metadata: { now: string };
};

export type CampaignCommand = PublishCampaign;

export type CampaignRefusalCode = 'campaign-terms-immutable';

type CampaignDecision = Decision<CampaignEvent, CampaignRefusalCode>;

/**
 * Publishing the same campaign again is a no-op, and a new T&C wording is a revision that later
 * registrants sign. The terms that money is computed from never change once published: partners
 * registered under them and finance pays by them.
 */
export function publishCampaign(command: PublishCampaign, state: CampaignState): CampaignDecision {
  const { terms, termsText, termsSha256 } = command.data;
  const now = command.metadata.now;
  if (state.status === 'unpublished') {
    return accept({
      type: 'CampaignPublished',
      data: { campaignId: terms.campaignId, terms, termsText, termsSha256, publishedAt: now },
    });
  }
  if (canonicalJson(state.terms) !== canonicalJson(terms)) {
    return refuse(
      conflict(
        'campaign-terms-immutable',
        `Campaign ${terms.campaignId} is already published with other terms; publish a new campaign instead.`,
        { campaignId: terms.campaignId },
      ),
    );
  }
  if (state.termsSha256 === termsSha256) return accept();
  return accept({
    type: 'CampaignTermsRevised',
    data: { campaignId: terms.campaignId, termsText, termsSha256, revisedAt: now },
  });
}

export const campaignDecider: Decider<CampaignCommand, CampaignState, CampaignEvent, CampaignRefusalCode> = {
  isOwnEvent: isOneOf(campaignEventTypes),
  decide: publishCampaign,
  evolve: evolveCampaign,
  initialState: initialCampaignState,
};
