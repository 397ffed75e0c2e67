import { describe, expect, it } from 'vitest';
import { evolveCampaign, initialCampaignState } from '../../../domain/campaigns/campaign.js';
import { evolveCatalog, openForRegistration } from '../../../domain/campaigns/catalog.js';
import { decideCampaign } from '../../../domain/campaigns/decide.js';
import {
  campaignPublished,
  dollarPerSkuTerms,
  frequencyTerms,
  SHA_V1,
  SHA_V2,
} from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor({ decide: decideCampaign, evolve: evolveCampaign, initialState: initialCampaignState });
const NOW = '2026-06-01T00:00:00Z';
const publish = (terms = dollarPerSkuTerms(), termsSha256 = SHA_V1, termsText = 'The T&Cs.') =>
  ({ type: 'PublishCampaign', data: { terms, termsText, termsSha256 }, metadata: { now: NOW } }) as const;

describe('Publishing a campaign', () => {
  it('records the terms with the T&C version', () => given([]).when(publish()).then([campaignPublished()]));

  it('changes nothing when the same campaign is published again', () =>
    given([campaignPublished()]).when(publish()).thenNothingHappens());

  it('records a revision when only the T&C text changed', () =>
    given([campaignPublished()])
      .when(publish(dollarPerSkuTerms(), SHA_V2, 'The T&Cs, clearer.'))
      .then([
        {
          type: 'CampaignTermsRevised',
          data: {
            campaignId: 'm365-upsell',
            termsText: 'The T&Cs, clearer.',
            termsSha256: SHA_V2,
            revisedAt: NOW,
          },
        },
      ]));

  it('refuses to change the terms payouts are computed from', () =>
    given([campaignPublished()])
      .when(publish(dollarPerSkuTerms({ rateCard: [{ sku: 'M365-E5', amountCents: 9999 }] })))
      .thenThrows('conflict', 'campaign-terms-immutable'));

  it('makes the revised T&C version the one to sign', () => {
    const revised = [
      campaignPublished(),
      ...decideCampaign(
        publish(dollarPerSkuTerms(), SHA_V2),
        evolveCampaign(initialCampaignState(), campaignPublished()),
      ),
    ];
    const state = revised.reduce(evolveCampaign, initialCampaignState());
    expect(state).toMatchObject({ status: 'published', termsSha256: SHA_V2 });
  });
});

describe('The campaign catalog', () => {
  const catalog = [
    campaignPublished(
      dollarPerSkuTerms({ campaignId: 'late', registrationDeadline: '2026-09-20T00:00:00Z' }),
    ),
    campaignPublished(frequencyTerms({ campaignId: 'early', registrationDeadline: '2026-08-01T00:00:00Z' })),
  ].reduce(evolveCatalog, new Map());

  it('lists campaigns open for registration, soonest deadline first', () =>
    expect(openForRegistration(catalog, '2026-07-01T00:00:00Z').map((c) => c.campaignId)).toEqual([
      'early',
      'late',
    ]));

  it('keeps a campaign open up to and including its deadline', () =>
    expect(openForRegistration(catalog, '2026-08-01T00:00:00Z').map((c) => c.campaignId)).toEqual([
      'early',
      'late',
    ]));

  it('drops a campaign once its deadline has passed', () =>
    expect(openForRegistration(catalog, '2026-08-01T00:00:01Z').map((c) => c.campaignId)).toEqual(['late']));
});
