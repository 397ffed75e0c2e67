import { describe, expect, it } from 'vitest';
import { evolveCatalog, openForRegistration } from '../../../domain/campaigns/catalog.js';
import { campaignDecider } from '../../../domain/campaigns/decide.js';
import { decideOn } from '../../../domain/decider.js';
import {
  campaignPublished,
  dollarPerSkuTerms,
  frequencyTerms,
  SHA_V1,
  SHA_V2,
} from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(campaignDecider);
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
      .thenRefuses('conflict', 'campaign-terms-immutable'));

  it('makes the revised T&C version the one to sign', () => {
    const { after } = decideOn(campaignDecider, [campaignPublished()], publish(dollarPerSkuTerms(), SHA_V2));
    expect(after).toMatchObject({ status: 'published', termsSha256: SHA_V2 });
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
