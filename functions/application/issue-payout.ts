import { type PayoutRefusalCode, payoutDecider } from '../../domain/payouts/decide.js';
import { type Settlement, settlementOfClose } from '../../domain/payouts/settlement.js';
import { type Result, refused } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { registrationIdOf, streamIds } from '../../events/streams.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';

export type PayoutInput = { campaignId: string; mpnId: string; amountCents: number; reference: string };

/** Finance records that a scheduled payment was sent; the answer says what the closed statement still leaves. */
export async function issuePayout(
  { store, clock }: AppDeps,
  input: PayoutInput,
  metadata: EventMetadata,
): Promise<Result<Settlement & { registrationId: string; recorded: boolean }, PayoutRefusalCode>> {
  const registrationId = registrationIdOf(input.campaignId, input.mpnId);
  const command = {
    type: 'IssuePayout',
    data: { registrationId, ...input },
    metadata: { now: clock.now() },
  } as const;
  const executed = await execute(store, payoutDecider, streamIds.payout(registrationId), command, {
    metadata,
  });
  if (!executed.ok) return refused(executed.refusal);
  return {
    ok: true,
    registrationId,
    recorded: executed.events.length > 0,
    ...settlementOfClose(executed.after),
  };
}
