import * as z from 'zod';
import { CampaignId, Cents, MpnId, SingleLineText } from '../../events/fields.js';

/** A payment finance sent: to whom, for which campaign, how much, and its reference (once per reference). */
export const PayoutIssuedBody = z.strictObject({
  campaignId: CampaignId,
  mpnId: MpnId,
  amountCents: Cents.min(1, { message: 'must be at least 1 cent' }),
  reference: SingleLineText(100),
});
