import * as z from 'zod';
import { accountLikeness, accountLikenessMessages } from '../../domain/payment-profiles/bank-reference.js';
import { Email, SingleLineText } from '../../events/fields.js';
import { PayeeReferenceFormat } from '../../events/payment-profiles.js';

/** A payee reference of the payment system; what reads as an account, card or IBAN is refused. */
export const PayeeReference = PayeeReferenceFormat.superRefine((reference, context) => {
  const likeness = accountLikeness(reference);
  if (likeness) context.addIssue({ code: 'custom', message: accountLikenessMessages[likeness] });
});

/** Where a partner is paid, as the API's body and the portal's form both read it. */
export const PaymentProfileBody = z.strictObject({
  legalName: SingleLineText(200),
  remittanceEmail: Email,
  bankReference: PayeeReference,
});
