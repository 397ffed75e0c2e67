import { PaymentProfileUpdated } from '../../events/payment-profiles.js';

/** The payment profile on file, as its partner gave it last. */
export const PaymentProfileJson = PaymentProfileUpdated.data.omit({ mpnId: true });
