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

/**
 * Text as events record it. Requests check more (`SingleLineText`, `MultiLineText`): events keep
 * reading as they were written, whatever was accepted then.
 */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });

// A lone surrogate has no UTF-8 encoding: SES refuses to send an email that holds one.
const wellFormed = (text: z.ZodString) =>
  text.refine((value) => value.isWellFormed(), {
    message: 'must be well-formed Unicode (it holds a lone surrogate)',
  });

// Control characters (C0 with CR, LF and tab, DEL, C1) and the line and paragraph separators end or
// break a line of an email; the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) make a reader see the characters after them in another order than they are stored.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;

// Free text keeps its line breaks, as LF or CR LF, and no other control character or separator.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const LINES = /^(?:[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]|\r\n)*$/;

/** Adds to a string schema the rules of text on one line: a name, a subject, a reference, a note. */
export const singleLine = (text: z.ZodString) =>
  wellFormed(text).regex(ONE_LINE, {
    message: 'must be one line, without control characters (CR, LF, tab...) or bidirectional overrides',
  });

/** Adds to a string schema the rules of free text, which may run over lines: a message, a reason. */
export const multiLine = (text: z.ZodString) =>
  wellFormed(text).regex(LINES, {
    message: 'must not hold control characters other than line breaks (LF or CR LF)',
  });

/** Text of one line, as every request gives a name or a reference. */
export const SingleLineText = (max: number) => singleLine(Text(max));

/** Free text of a request, line breaks kept. */
export const MultiLineText = (max: number) => multiLine(Text(max));

/** The language a partner reads the program in: its pages, emails and statements. */
export const PartnerLanguage = z.enum(['en', 'fr'], { message: "must be 'en' or 'fr'" });
export type PartnerLanguage = z.output<typeof PartnerLanguage>;

/** The time zone a partner reads its dates in: one of the program country's. */
export const PartnerTimeZone = z.enum(
  [
    'America/St_Johns',
    'America/Halifax',
    'America/Toronto',
    'America/Winnipeg',
    'America/Regina',
    'America/Edmonton',
    'America/Vancouver',
    'America/Whitehorse',
  ],
  { message: 'must be a time zone of Canada, e.g. America/Toronto' },
);
export type PartnerTimeZone = z.output<typeof PartnerTimeZone>;
