import { publishCampaign as decidePublish } from '../../domain/campaigns/decide.js';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { sha256Hex } from '../security/sha256.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { campaignSlice } from './slices.js';

/** The T&C version is the SHA-256 of its text: the exact text a partner downloads and signs. */
export async function publishCampaign(
  { store, clock }: AppDeps,
  input: { terms: CampaignTerms; termsText: string },
  metadata: EventMetadata,
): Promise<{ campaignId: string; termsSha256: string; changed: boolean }> {
  const termsSha256 = sha256Hex(input.termsText);
  const command = {
    type: 'PublishCampaign',
    data: { ...input, termsSha256 },
    metadata: { now: clock.now() },
  } as const;
  const { recorded } = await handleCommand(
    store,
    streamIds.campaign(input.terms.campaignId),
    campaignSlice,
    (state) => decidePublish(command, state),
    { metadata },
  );
  return { campaignId: input.terms.campaignId, termsSha256, changed: recorded.length > 0 };
}
