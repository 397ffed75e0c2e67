import { canonicalJson } from '../../../domain/canonical-json.js';
import { recordPayoutComputed } from '../../../domain/payouts/decide.js';
import type { Statement } from '../../../domain/payouts/statement.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import { sha256Hex } from '../../security/sha256.js';
import { registrationStatement } from '../campaign-statements.js';
import type { AppDeps } from '../deps.js';
import { handleCommand } from '../handle-command.js';
import { payoutSlice } from '../slices.js';

/** What a statement's digest is taken over: its canonical JSON, so any change to any line changes it. */
export const statementDigest = (statement: Statement) => sha256Hex(canonicalJson(statement));

/**
 * Closes a registration's statement: replayed from the events recorded until now and pinned by
 * its digest in a `PayoutComputed` event. Closing it again, unchanged, records nothing.
 */
export async function closeStatement(
  { store, clock }: AppDeps,
  registration: { registrationId: string; campaignId: string; mpnId: string },
  metadata: EventMetadata,
): Promise<{ statement: Statement; closed: boolean }> {
  const { registrationId, campaignId, mpnId } = registration;
  const asOf = clock.now();
  const statement = await registrationStatement(store, campaignId, mpnId, asOf);
  const command = {
    type: 'RecordPayoutComputed',
    data: { registrationId, campaignId, mpnId, asOf, statement, statementSha256: statementDigest(statement) },
    metadata: { now: asOf },
  } as const;
  const { decided } = await handleCommand(
    store,
    streamIds.payout(registrationId),
    payoutSlice,
    (state) => recordPayoutComputed(command, state),
    { metadata },
  );
  return { statement, closed: decided.length > 0 };
}
