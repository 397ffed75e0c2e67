import type { CampaignTerms } from '../../events/campaign-terms.js';
import { canonicalJson } from '../canonical-json.js';
import { conflict } from '../errors.js';
import type { CampaignEvent, CampaignState } from './campaign.js';

export type PublishCampaign = {
  type: 'PublishCampaign';
  data: { terms: CampaignTerms; termsText: string; termsSha256: string };
  metadata: { now: string };
};

export type CampaignCommand = PublishCampaign;

/**
 * Publishing the same campaign again is a no-op, and a new T&C wording is a revision that later
 * registrants sign. The terms that money is computed from never change once published: partners
 * registered under them and finance pays by them.
 */
export function publishCampaign(command: PublishCampaign, state: CampaignState): CampaignEvent[] {
  const { terms, termsText, termsSha256 } = command.data;
  const now = command.metadata.now;
  if (state.status === 'unpublished') {
    return [
      {
        type: 'CampaignPublished',
        data: { campaignId: terms.campaignId, terms, termsText, termsSha256, publishedAt: now },
      },
    ];
  }
  if (canonicalJson(state.terms) !== canonicalJson(terms)) {
    throw conflict(
      'campaign-terms-immutable',
      `Campaign ${terms.campaignId} is already published with other terms; publish a new campaign instead.`,
      { campaignId: terms.campaignId },
    );
  }
  if (state.termsSha256 === termsSha256) return [];
  return [
    {
      type: 'CampaignTermsRevised',
      data: { campaignId: terms.campaignId, termsText, termsSha256, revisedAt: now },
    },
  ];
}

export function decideCampaign(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  return publishCampaign(command, state);
}
