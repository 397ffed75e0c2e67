import * as z from 'zod';
import { CampaignId, Text } from '../../events/fields.js';
import { Instant } from '../../events/instant.js';
import { RegistrationId } from '../../events/streams.js';

/** Where a registration stands (docs/http-api.md, "GET /registrations"). */
export const RegistrationStatusJson = z.enum(['pending-approval', 'approved', 'rejected', 'expired']);

/** A registration's line on the partner's dashboard: who approved it is not the partner's to see. */
export const RegistrationSummaryJson = z.strictObject({
  registrationId: RegistrationId,
  campaignId: CampaignId,
  status: RegistrationStatusJson,
  submittedAt: Instant,
  decidedAt: Instant.optional(),
  reason: Text(1000).optional(),
});
