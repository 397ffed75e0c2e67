import type { PayoutEvent } from './payout.js';

/** What finance has computed and paid for one registration. */
export type PayoutView = {
  registrationId: string;
  campaignId: string;
  mpnId: string;
  issuedCents: number;
  payments: { reference: string; amountCents: number; issuedAt: string }[];
  lastComputed?: { asOf: string; amountCents: number; statementSha256: string };
};

export function evolvePayoutView(view: PayoutView | undefined, event: PayoutEvent): PayoutView {
  const { registrationId, campaignId, mpnId } = event.data;
  const current = view ?? { registrationId, campaignId, mpnId, issuedCents: 0, payments: [] };
  switch (event.type) {
    case 'PayoutComputed': {
      const { asOf, amountCents, statementSha256 } = event.data;
      return { ...current, lastComputed: { asOf, amountCents, statementSha256 } };
    }
    case 'PayoutIssued': {
      const { reference, amountCents, issuedAt } = event.data;
      return {
        ...current,
        issuedCents: current.issuedCents + amountCents,
        payments: [...current.payments, { reference, amountCents, issuedAt }],
      };
    }
  }
}
