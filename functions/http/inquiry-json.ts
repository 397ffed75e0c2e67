import * as z from 'zod';
import { Text } from '../../events/fields.js';
import { InquiryRaised } from '../../events/inquiries.js';
import { Instant } from '../../events/instant.js';
import { SignedCents } from '../../events/payouts.js';

/** An inquiry as partners and finance read it: as raised, with its answers and its resolution. */
export const InquiryJson = InquiryRaised.data.extend({
  status: z.enum(['open', 'answered', 'adjusted', 'declined']),
  answers: z.array(z.strictObject({ message: Text(2000), answeredAt: Instant })),
  resolution: z
    .strictObject({ note: Text(1000), adjustmentCents: SignedCents.optional(), resolvedAt: Instant })
    .optional(),
});
