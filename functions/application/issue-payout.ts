import { issuePayout as decideIssue } from '../../domain/payouts/decide.js';
import { type Settlement, settlementOfClose } from '../../domain/payouts/settlement.js';
import type { EventMetadata } from '../../events/envelope.js';
import { registrationIdOf, streamIds } from '../../events/streams.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { payoutSlice } from './slices.js';

export type PayoutInput = { campaignId: string; mpnId: string; amountCents: number; reference: string };

/** Finance records that a scheduled payment was sent; the answer says what the closed statement still leaves. */
export async function issuePayout(
  { store, clock }: AppDeps,
  input: PayoutInput,
  metadata: EventMetadata,
): Promise<Settlement & { registrationId: string; recorded: boolean }> {
  const registrationId = registrationIdOf(input.campaignId, input.mpnId);
  const command = {
    type: 'IssuePayout',
    data: { registrationId, ...input },
    metadata: { now: clock.now() },
  } as const;
  const { before, decided } = await handleCommand(
    store,
    streamIds.payout(registrationId),
    payoutSlice,
    (state) => decideIssue(command, state),
    { metadata },
  );
  const after = decided.reduce(payoutSlice.evolve, before);
  return { registrationId, recorded: decided.length > 0, ...settlementOfClose(after) };
}
