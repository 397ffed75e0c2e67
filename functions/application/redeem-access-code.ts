import { redeemAccessCode as decideRedeem, redemptionOutcome } from '../../domain/partners/decide.js';
import type { PartnerEvent } from '../../domain/partners/partner.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { accessCodeMatches } from '../security/access-codes.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { partnerSlice } from './slices.js';

/**
 * Logs a partner in with its access code. Failed tries are recorded before the refusal is
 * thrown, so that the lockout counts every one of them.
 */
export async function redeemAccessCode(
  { store, clock, policy }: AppDeps,
  input: { mpnId: string; accessCode: string },
  metadata: EventMetadata,
): Promise<{ sessionExpiresAt: string; activated: boolean }> {
  const commandMetadata = { now: clock.now(), policy };
  const command = {
    type: 'RedeemAccessCode',
    data: {
      mpnId: input.mpnId,
      codeMatches: (codeHash: string) => accessCodeMatches(input.accessCode, codeHash),
    },
    metadata: commandMetadata,
  } as const;
  const { before, decided } = await handleCommand(
    store,
    streamIds.partner(input.mpnId),
    partnerSlice,
    (state) => decideRedeem(command, state),
    { metadata },
  );
  const outcome = redemptionOutcome(decided as PartnerEvent[], before, commandMetadata);
  if (!outcome.ok) throw outcome.error;
  return { sessionExpiresAt: outcome.sessionExpiresAt, activated: outcome.activated };
}
