import * as z from 'zod';
import { CampaignTerms } from './campaign-terms.js';
import { defineEvent } from './define-event.js';
import { CampaignId, Sha256Hex } from './fields.js';
import { Instant } from './instant.js';
import { indexKeys, streamIds } from './streams.js';

// T&C documents are plain text; 200 KB (of UTF-8, as DynamoDB counts) keeps an event well inside
// its 400 KB item limit, whatever the script the text is written in.
const TERMS_TEXT_MAX_BYTES = 200_000;

export const TermsText = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(TERMS_TEXT_MAX_BYTES, { message: 'must be at most 200,000 bytes' })
  .refine((text) => Buffer.byteLength(text) <= TERMS_TEXT_MAX_BYTES, {
    message: 'must be at most 200,000 bytes (UTF-8)',
  });

export const CampaignPublished = defineEvent({
  type: 'CampaignPublished',
  occurredAtOf: (data) => data.publishedAt,
  schemaVersion: 1,
  data: z.strictObject({
    campaignId: CampaignId,
    terms: CampaignTerms,
    termsText: TermsText,
    termsSha256: Sha256Hex,
    publishedAt: Instant,
  }),
  streamOf: (data) => streamIds.campaign(data.campaignId),
  indexOf: () => indexKeys.campaigns(),
});

/** A new wording of the T&Cs; partners who register afterwards sign this version. */
export const CampaignTermsRevised = defineEvent({
  type: 'CampaignTermsRevised',
  occurredAtOf: (data) => data.revisedAt,
  schemaVersion: 1,
  data: z.strictObject({
    campaignId: CampaignId,
    termsText: TermsText,
    termsSha256: Sha256Hex,
    revisedAt: Instant,
  }),
  streamOf: (data) => streamIds.campaign(data.campaignId),
  indexOf: () => indexKeys.campaigns(),
});
