import { signUpPartner as decideSignUp } from '../../domain/partners/decide.js';
import type { PartnerProfile } from '../../domain/partners/partner.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { partnerSlice } from './slices.js';

export type SignUpInput = { mpnId: string; companyName: string; contactEmail: string; country: string };

/** Returns the partner as on file: for a repeated sign-up, the details given the first time. */
export async function signUpPartner(
  { store, clock, policy }: AppDeps,
  input: SignUpInput,
  metadata: EventMetadata,
): Promise<{ profile: PartnerProfile; firstSignUp: boolean }> {
  const command = { type: 'SignUpPartner', data: input, metadata: { now: clock.now(), policy } } as const;
  const { before, recorded } = await handleCommand(
    store,
    streamIds.partner(input.mpnId),
    partnerSlice,
    (state) => decideSignUp(command, state),
    { metadata },
  );
  if (before.status !== 'unknown') return { profile: before.profile, firstSignUp: false };
  const signedUp = recorded[0];
  if (signedUp?.type !== 'PartnerSignedUp') throw new Error('Sign-up recorded no PartnerSignedUp event');
  return { profile: signedUp.data, firstSignUp: true };
}
