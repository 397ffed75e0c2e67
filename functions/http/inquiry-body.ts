import * as z from 'zod';
import { CampaignId, MultiLineText, SaleId } from '../../events/fields.js';
import { SignedCents } from '../../events/payouts.js';

/** What a partner asks finance, as the API's body and the portal's form both read it. */
export const InquiryBody = z.strictObject({
  campaignId: CampaignId,
  topic: z.enum(['statement-line', 'missing-sale'], {
    message: "must be 'statement-line' or 'missing-sale'",
  }),
  saleId: SaleId.optional(),
  message: MultiLineText(2000),
});

/** Finance's answer to an inquiry, as the API's body and the console's form both read it. */
export const AnswerBody = z.strictObject({ message: MultiLineText(2000) });

/** How finance resolves an inquiry, as the API's body reads it (the console's form writes the amount in dollars). */
export const ResolveBody = z.strictObject({
  outcome: z.enum(['adjusted', 'declined']),
  note: MultiLineText(1000),
  adjustmentCents: SignedCents.optional(),
});
