import * as z from 'zod';
import { CampaignId, MultiLineText, SaleId } from '../../events/fields.js';

/** What a partner asks finance, as the API's body and the portal's form both read it. */
export const InquiryBody = z.strictObject({
  campaignId: CampaignId,
  topic: z.enum(['statement-line', 'missing-sale'], {
    message: "must be 'statement-line' or 'missing-sale'",
  }),
  saleId: SaleId.optional(),
  message: MultiLineText(2000),
});
