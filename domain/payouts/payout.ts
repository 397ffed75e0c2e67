import type { EventOfType } from '../../events/catalog.js';

/** The events of a registration's payout stream (and of a campaign's payouts index). */
export const payoutEventTypes = [
  'PayoutComputed',
  'PaymentScheduled',
  'PayoutIssued',
  'AdjustmentRecorded',
] as const;

export type PayoutEvent = EventOfType<(typeof payoutEventTypes)[number]>;

export type IssuedPayout = { reference: string; amountCents: number; issuedAt: string };

export type Adjustment = {
  inquiryId: string;
  saleId?: string;
  amountCents: number;
  note: string;
  recordedAt: string;
};

export type ClosedStatement = {
  asOf: string;
  amountCents: number;
  adjustmentsCents: number;
  statementSha256: string;
};

/**
 * The money side of one registration: the statements closed, the adjustments finance granted,
 * the payment scheduled, and the payments sent.
 */
export type PayoutState = {
  lastComputed?: ClosedStatement;
  /** The close that the last payment sent was based on: clawbacks are counted from it. */
  lastPaidClose?: ClosedStatement;
  adjustments: Adjustment[];
  adjustmentsCents: number;
  scheduled?: { amountCents: number; scheduledAt: string };
  issued: IssuedPayout[];
  issuedCents: number;
};

export const initialPayoutState = (): PayoutState => ({
  adjustments: [],
  adjustmentsCents: 0,
  issued: [],
  issuedCents: 0,
});

export function evolvePayout(state: PayoutState, event: PayoutEvent): PayoutState {
  switch (event.type) {
    case 'PayoutComputed': {
      const { asOf, amountCents, adjustmentsCents, statementSha256 } = event.data;
      return { ...state, lastComputed: { asOf, amountCents, adjustmentsCents, statementSha256 } };
    }
    case 'PaymentScheduled': {
      const { amountCents, scheduledAt } = event.data;
      return { ...state, scheduled: { amountCents, scheduledAt } };
    }
    case 'PayoutIssued': {
      const { reference, amountCents, issuedAt } = event.data;
      const { scheduled: _sent, ...rest } = state;
      return {
        ...rest,
        ...(state.lastComputed ? { lastPaidClose: state.lastComputed } : {}),
        issued: [...state.issued, { reference, amountCents, issuedAt }],
        issuedCents: state.issuedCents + amountCents,
      };
    }
    case 'AdjustmentRecorded': {
      const { inquiryId, saleId, amountCents, note, recordedAt } = event.data;
      return {
        ...state,
        adjustments: [
          ...state.adjustments,
          { inquiryId, ...(saleId ? { saleId } : {}), amountCents, note, recordedAt },
        ],
        adjustmentsCents: state.adjustmentsCents + amountCents,
      };
    }
  }
}
