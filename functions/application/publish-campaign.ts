import { type CampaignRefusalCode, campaignDecider } from '../../domain/campaigns/decide.js';
import { type Result, refused } from '../../domain/refusal.js';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { sha256Hex } from '../security/sha256.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';

/** The T&C version is the SHA-256 of its text: the exact text a partner downloads and signs. */
export async function publishCampaign(
  { store, clock }: AppDeps,
  input: { terms: CampaignTerms; termsText: string },
  metadata: EventMetadata,
): Promise<Result<{ campaignId: string; termsSha256: string; changed: boolean }, CampaignRefusalCode>> {
  const termsSha256 = sha256Hex(input.termsText);
  const command = {
    type: 'PublishCampaign',
    data: { ...input, termsSha256 },
    metadata: { now: clock.now() },
  } as const;
  const executed = await execute(
    store,
    campaignDecider,
    streamIds.campaign(input.terms.campaignId),
    command,
    {
      metadata,
    },
  );
  if (!executed.ok) return refused(executed.refusal);
  return { ok: true, campaignId: input.terms.campaignId, termsSha256, changed: executed.events.length > 0 };
}
