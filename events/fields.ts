import * as z from 'zod';

/** Field schemas shared by events, commands and the HTTP API, so that every edge agrees on them. */

const code = (pattern: RegExp, what: string) => z.string().regex(pattern, { message: `must be ${what}` });

export const MpnId = code(/^\d{6,10}$/, 'a Microsoft Partner Network ID of 6 to 10 digits');

export const CampaignId = code(
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'a slug of lowercase letters, digits and single hyphens',
).max(64);

// Ids the sales system gives its documents: invoice lines, credit notes.
const SALES_DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

export const SaleId = code(SALES_DOCUMENT_ID, 'a sale id of letters, digits and . _ : / -');

export const ReversalId = code(SALES_DOCUMENT_ID, 'a credit-note number of letters, digits and . _ : / -');

export const Sku = code(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a SKU of letters, digits and . _ -');

export const LicenseType = code(
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/,
  'a licence type such as Open or OpenValue',
);

export const CustomerId = code(
  /^\S(?:.{0,126}\S)?$/,
  'a customer id of 1 to 128 characters without surrounding spaces',
);

export const AgreementNumber = code(
  /^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/,
  'an agreement or Microsoft invoice number of 4 to 40 letters, digits and hyphens',
);

export const Email = z.email({ message: 'must be an email address' }).max(254);

export const Sha256Hex = code(/^[0-9a-f]{64}$/, 'a SHA-256 digest in lowercase hex');

export const Cents = z
  .number()
  .int({ message: 'must be a whole number of cents' })
  .min(0)
  .max(100_000_000_000);

export const Quantity = z.number().int({ message: 'must be a whole number' }).min(1).max(1_000_000);

export const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });
