import type { PaymentHold } from '../../domain/payouts/payment-run.js';
import type { MoneyStage, PayoutStanding } from '../../domain/payouts/payout-standing.js';
import type { Words } from '../i18n/words.js';
import { paymentStatusText, registrationText } from './statement-words.js';

/** Where a payout stands, in finance's words: the statement's own words, and why a payment is held. */

/** Why a run holds a payment, as finance reads it (the partner reads it on its statement in its own words). */
export const financeHoldText = (w: Words, hold: PaymentHold) => w.t(`console.payouts.hold.${hold}`);

/** A standing in words; a held one says why when the reason is known. */
export function standingText(w: Words, standing: PayoutStanding, hold?: PaymentHold): string {
  switch (standing) {
    case 'pending':
    case 'rejected':
    case 'expired':
      return registrationText(w, standing);
    case 'held':
      return hold
        ? w.t('console.payouts.standing.heldBecause', { reason: financeHoldText(w, hold) })
        : w.t('console.payouts.standing.held');
    default:
      return paymentStatusText(w, standing);
  }
}

export const stageText = (w: Words, stage: MoneyStage) => w.t(`console.payouts.stage.${stage}`);
