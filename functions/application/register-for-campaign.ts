import { registerForCampaign as decideRegister } from '../../domain/registrations/decide.js';
import type { Registration } from '../../domain/registrations/registration.js';
import type { EventMetadata } from '../../events/envelope.js';
import { registrationIdOf, streamIds } from '../../events/streams.js';
import type { AppDeps } from './deps.js';
import { handleCommand, loadState } from './handle-command.js';
import { campaignSlice, partnerSlice, registrationSlice } from './slices.js';

export type RegistrationInput = {
  campaignId: string;
  mpnId: string;
  agreementNumber: string;
  signature: { signerName: string; signerEmail: string; termsSha256: string };
};

export async function registerForCampaign(
  { store, clock }: AppDeps,
  input: RegistrationInput,
  metadata: EventMetadata,
): Promise<Registration> {
  const [partner, campaign] = await Promise.all([
    loadState(store, streamIds.partner(input.mpnId), partnerSlice),
    loadState(store, streamIds.campaign(input.campaignId), campaignSlice),
  ]);
  const command = {
    type: 'RegisterForCampaign',
    data: input,
    context: { partner: partner.state, campaign: campaign.state },
    metadata: { now: clock.now() },
  } as const;
  const registrationId = registrationIdOf(input.campaignId, input.mpnId);
  const { decided } = await handleCommand(
    store,
    streamIds.registration(registrationId),
    registrationSlice,
    (state) => decideRegister(command, state),
    { metadata },
  );
  return decided.reduce(registrationSlice.evolve, registrationSlice.initialState()) as Registration;
}
