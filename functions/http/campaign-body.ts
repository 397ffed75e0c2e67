import * as z from 'zod';
import { CampaignId } from '../../events/fields.js';

/** The body of finance's commands on a whole campaign. */
export const CampaignBody = z.strictObject({ campaignId: CampaignId });
