import { campaignDecider } from '../../domain/campaigns/decide.js';
import { partnerDecider } from '../../domain/partners/decide.js';
import { type Result, refused } from '../../domain/refusal.js';
import { type RegistrationRefusalCode, registrationDecider } from '../../domain/registrations/decide.js';
import type { Registration } from '../../domain/registrations/registration.js';
import type { EventMetadata } from '../../events/envelope.js';
import { CampaignId } from '../../events/fields.js';
import { registrationIdOf, streamIds } from '../../events/streams.js';
import type { JourneyStarter } from '../ports/workflow.js';
import { campaignNotFound } from './campaign-catalog.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { readSlice } from './read-slice.js';

export type RegistrationInput = {
  campaignId: string;
  mpnId: string;
  agreementNumber: string;
  signature: { signerName: string; signerEmail: string; termsSha256: string };
};

/**
 * One registration per partner and campaign; each goes through its own journey (approval, then the
 * payout when the campaign ends). A repeated registration is refused but still makes sure its
 * journey runs, in case a failure stopped it from starting the first time.
 */
export async function registerForCampaign(
  { store, clock, workflow }: AppDeps & { workflow: JourneyStarter },
  input: RegistrationInput,
  metadata: EventMetadata,
): Promise<Result<{ registration: Registration }, RegistrationRefusalCode>> {
  // An id that cannot name a campaign names no stream to read either.
  if (!CampaignId.safeParse(input.campaignId).success) return refused(campaignNotFound(input.campaignId));
  const [partner, campaign] = await Promise.all([
    readSlice(store, partnerDecider, streamIds.partner(input.mpnId)),
    readSlice(store, campaignDecider, streamIds.campaign(input.campaignId)),
  ]);
  const command = {
    type: 'RegisterForCampaign',
    data: input,
    context: { partner: partner.state, campaign: campaign.state },
    metadata: { now: clock.now() },
  } as const;
  const registrationId = registrationIdOf(input.campaignId, input.mpnId);
  const executed = await execute(
    store,
    registrationDecider,
    streamIds.registration(registrationId),
    command,
    {
      metadata,
    },
  );
  const registered = executed.ok || executed.refusal.code === 'already-registered';
  if (registered) await workflow.startJourney({ kind: 'registration', registrationId });
  if (!executed.ok) return refused(executed.refusal);
  if (executed.after.status === 'none') throw new Error(`Registration ${registrationId} is not recorded`);
  return { ok: true, registration: executed.after };
}
