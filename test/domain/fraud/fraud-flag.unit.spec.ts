import { describe, it } from 'vitest';
import { type FraudFlagEvent, fraudFlagDecider } from '../../../domain/fraud/fraud-flag.js';
import { MPN } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(fraudFlagDecider);
const NOW = '2026-10-05T00:00:00Z';
const FLAG = `duplicate-claim:${MPN}:0123456789abcdef01234567`;
const finding = {
  flagId: FLAG,
  kind: 'duplicate-claim',
  mpnId: MPN,
  campaignId: 'm365-upsell',
  saleIds: ['INV-1'],
  evidence: { otherMpnId: '7654321' },
  raisedAt: NOW,
} as const;
const raised: FraudFlagEvent = { type: 'FraudFlagRaised', data: { ...finding, saleIds: ['INV-1'] } };
const review = (verdict: 'cleared' | 'confirmed') =>
  ({
    type: 'ReviewFraudFlag',
    data: { flagId: FLAG, verdict, note: 'Checked.' },
    metadata: { now: NOW },
  }) as const;
const reviewed = (verdict: 'cleared' | 'confirmed'): FraudFlagEvent => ({
  type: 'FraudFlagReviewed',
  data: { flagId: FLAG, mpnId: MPN, verdict, note: 'Checked.', reviewedAt: NOW },
});

describe('A fraud flag', () => {
  it('is raised once: the same finding again changes nothing', () => {
    given([])
      .when({ type: 'RaiseFraudFlag', data: { ...finding, saleIds: ['INV-1'] } })
      .then([raised]);
    given([raised])
      .when({ type: 'RaiseFraudFlag', data: { ...finding, saleIds: ['INV-1'] } })
      .thenNothingHappens();
  });

  it('is reviewed by finance, who may change its mind; the same verdict again is nothing new', () => {
    given([raised])
      .when(review('confirmed'))
      .then([reviewed('confirmed')]);
    given([raised, reviewed('confirmed')])
      .when(review('confirmed'))
      .thenNothingHappens();
    given([raised, reviewed('confirmed')])
      .when(review('cleared'))
      .then([reviewed('cleared')]);
  });

  it('cannot be reviewed before it is raised', () =>
    given([]).when(review('cleared')).thenRefuses('not-found', 'fraud-flag-not-found'));
});
