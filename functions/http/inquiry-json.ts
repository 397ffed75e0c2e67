import * as z from 'zod';
import type { Inquiry } from '../../domain/inquiries/inquiry.js';
import { Text } from '../../events/fields.js';
import { InquiryRaised } from '../../events/inquiries.js';
import { Instant } from '../../events/instant.js';
import { SignedCents } from '../../events/payouts.js';
import { instantKey, type PageOrder } from './page-cursor.js';

/** An inquiry as partners and finance read it: as raised, with its answers and its resolution. */
export const InquiryJson = InquiryRaised.data.extend({
  status: z.enum(['open', 'answered', 'adjusted', 'declined']),
  answers: z.array(z.strictObject({ message: Text(2000), answeredAt: Instant })),
  resolution: z
    .strictObject({ note: Text(1000), adjustmentCents: SignedCents.optional(), resolvedAt: Instant })
    .optional(),
});

/** How inquiries are listed, to partners and finance alike: newest first. */
export const newestInquiriesFirst: Pick<PageOrder<Inquiry>, 'key' | 'direction'> = {
  key: (inquiry) => [instantKey(inquiry.raisedAt), inquiry.inquiryId],
  direction: 'descending',
};

/** Their pages: a partner has a few, and finance reads them a screen at a time. */
export const INQUIRY_PAGE_SIZE = { defaultLimit: 50, maxLimit: 200 };
