import type { EventOfType } from '../../events/catalog.js';
import type { FraudFlagKind } from '../../events/fraud.js';
import { notFound } from '../errors.js';

export type FraudFlagEvent = EventOfType<'FraudFlagRaised' | 'FraudFlagReviewed'>;

export type FraudFlag = {
  flagId: string;
  kind: FraudFlagKind;
  mpnId: string;
  campaignId?: string;
  saleIds: string[];
  evidence: Record<string, string | number>;
  raisedAt: string;
  status: 'open' | 'cleared' | 'confirmed';
  review?: { note: string; reviewedAt: string };
};

export type FraudFlagState = FraudFlag | undefined;

export function evolveFraudFlag(state: FraudFlagState, event: FraudFlagEvent): FraudFlagState {
  if (event.type === 'FraudFlagRaised') return { ...event.data, status: 'open' };
  if (!state) return state;
  const { verdict, note, reviewedAt } = event.data;
  return { ...state, status: verdict, review: { note, reviewedAt } };
}

/** A flag is raised once: the same finding again changes nothing. */
export function raiseFlag(
  flag: Omit<FraudFlag, 'status' | 'review'>,
  state: FraudFlagState,
): FraudFlagEvent[] {
  if (state) return [];
  const { flagId, kind, mpnId, campaignId, saleIds, evidence, raisedAt } = flag;
  return [
    {
      type: 'FraudFlagRaised',
      data: { flagId, kind, mpnId, ...(campaignId ? { campaignId } : {}), saleIds, evidence, raisedAt },
    },
  ];
}

/** Finance clears or confirms a flag, and may change its mind later; the same verdict again is a no-op. */
export function reviewFlag(
  review: { flagId: string; verdict: 'cleared' | 'confirmed'; note: string; now: string },
  state: FraudFlagState,
): FraudFlagEvent[] {
  if (!state) throw notFound('fraud-flag-not-found', `There is no fraud flag ${review.flagId}.`);
  if (state.status === review.verdict) return [];
  return [
    {
      type: 'FraudFlagReviewed',
      data: {
        flagId: state.flagId,
        mpnId: state.mpnId,
        verdict: review.verdict,
        note: review.note,
        reviewedAt: review.now,
      },
    },
  ];
}
