import type { EventOfType } from '../../events/catalog.js';

export type PayoutEvent = EventOfType<'PayoutComputed' | 'PayoutIssued'>;

export type IssuedPayout = { reference: string; amountCents: number; issuedAt: string };

/** The money side of one registration: statements computed, and payments finance has made. */
export type PayoutState = {
  lastComputed?: { asOf: string; amountCents: number; statementSha256: string };
  issued: IssuedPayout[];
  issuedCents: number;
};

export const initialPayoutState = (): PayoutState => ({ issued: [], issuedCents: 0 });

export function evolvePayout(state: PayoutState, event: PayoutEvent): PayoutState {
  switch (event.type) {
    case 'PayoutComputed': {
      const { asOf, amountCents, statementSha256 } = event.data;
      return { ...state, lastComputed: { asOf, amountCents, statementSha256 } };
    }
    case 'PayoutIssued': {
      const { reference, amountCents, issuedAt } = event.data;
      return {
        ...state,
        issued: [...state.issued, { reference, amountCents, issuedAt }],
        issuedCents: state.issuedCents + amountCents,
      };
    }
  }
}
