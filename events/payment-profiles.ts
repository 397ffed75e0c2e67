import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { Email, MpnId, Text } from './fields.js';
import { Instant } from './instant.js';
import { streamIds } from './streams.js';

/** How a payee reference of the payment system is written. */
export const PayeeReferenceFormat = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{3,63}$/, {
  message: 'must be a reference of 4 to 64 letters, digits, _ and -, starting with a letter',
});

/**
 * Where a partner's bank details are kept, by reference: a vendor or remittance id of the payment
 * system, never an account number. Six digits in a row look like an account, and are refused. A
 * partner's request is held to more (domain/payment-profiles/bank-reference.ts); stored events are
 * read with this rule, so that references recorded before stay readable.
 */
export const BankReference = PayeeReferenceFormat.refine((reference) => !/\d{6}/.test(reference), {
  message: 'must not hold an account number: give the reference your payment system uses',
});

export const PaymentProfileUpdated = defineEvent({
  type: 'PaymentProfileUpdated',
  occurredAtOf: (data) => data.updatedAt,
  schemaVersion: 1,
  data: z.strictObject({
    mpnId: MpnId,
    legalName: Text(200),
    remittanceEmail: Email,
    bankReference: BankReference,
    updatedAt: Instant,
  }),
  streamOf: (data) => streamIds.paymentProfile(data.mpnId),
});
