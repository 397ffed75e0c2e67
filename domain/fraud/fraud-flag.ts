import { type EventOfType, isOneOf } from '../../events/catalog.js';
import type { FraudFlagKind } from '../../events/fraud.js';
import { accept, type Decider, type Decision, refuse } from '../decider.js';
import { notFound } from '../refusal.js';

/** The events of a fraud flag's stream (and of a partner's flags index). */
export const fraudFlagEventTypes = ['FraudFlagRaised', 'FraudFlagReviewed'] as const;

export type FraudFlagEvent = EventOfType<(typeof fraudFlagEventTypes)[number]>;

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

export const initialFraudFlagState = (): FraudFlagState => undefined;

export type RaiseFraudFlag = { type: 'RaiseFraudFlag'; data: Omit<FraudFlag, 'status' | 'review'> };

/** Finance clears or confirms a flag, and may change its mind later. */
export type ReviewFraudFlag = {
  type: 'ReviewFraudFlag';
  data: { flagId: string; verdict: 'cleared' | 'confirmed'; note: string };
  metadata: { now: string };
};

export type FraudFlagCommand = RaiseFraudFlag | ReviewFraudFlag;

export type FraudFlagRefusalCode = 'fraud-flag-not-found';

type FraudFlagDecision = Decision<FraudFlagEvent, FraudFlagRefusalCode>;

/** A flag is raised once: the same finding again changes nothing. */
export function raiseFraudFlag({ data }: RaiseFraudFlag, state: FraudFlagState): FraudFlagDecision {
  if (state) return accept();
  const { flagId, kind, mpnId, campaignId, saleIds, evidence, raisedAt } = data;
  return accept({
    type: 'FraudFlagRaised',
    data: { flagId, kind, mpnId, ...(campaignId ? { campaignId } : {}), saleIds, evidence, raisedAt },
  });
}

export const fraudFlagNotFound = (flagId: string) =>
  notFound('fraud-flag-not-found', `There is no fraud flag ${flagId}.`);

/** The same verdict again is a no-op. */
export function reviewFraudFlag(
  { data, metadata }: ReviewFraudFlag,
  state: FraudFlagState,
): FraudFlagDecision {
  if (!state) return refuse(fraudFlagNotFound(data.flagId));
  if (state.status === data.verdict) return accept();
  return accept({
    type: 'FraudFlagReviewed',
    data: {
      flagId: state.flagId,
      mpnId: state.mpnId,
      verdict: data.verdict,
      note: data.note,
      reviewedAt: metadata.now,
    },
  });
}

export function decideFraudFlag(command: FraudFlagCommand, state: FraudFlagState): FraudFlagDecision {
  switch (command.type) {
    case 'RaiseFraudFlag':
      return raiseFraudFlag(command, state);
    case 'ReviewFraudFlag':
      return reviewFraudFlag(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown fraud flag command ${JSON.stringify(unknown)}`);
    }
  }
}

export const fraudFlagDecider: Decider<
  FraudFlagCommand,
  FraudFlagState,
  FraudFlagEvent,
  FraudFlagRefusalCode
> = {
  isOwnEvent: isOneOf(fraudFlagEventTypes),
  decide: decideFraudFlag,
  evolve: evolveFraudFlag,
  initialState: initialFraudFlagState,
};
