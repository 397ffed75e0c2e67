import { canonicalJson } from '../../../domain/canonical-json.js';
import { recordPayoutComputed } from '../../../domain/payouts/decide.js';
import type { ClosedStatement } from '../../../domain/payouts/payout.js';
import type { Statement } from '../../../domain/payouts/statement.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import type { EventStore } from '../../ports/event-store.js';
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

export class ClosedStatementChangedError extends Error {
  override readonly name = 'ClosedStatementChangedError';
  constructor(campaignId: string, mpnId: string, asOf: string) {
    super(
      `The statement of ${mpnId} in ${campaignId} closed as of ${asOf} no longer matches its recorded digest: run npm run verify`,
    );
  }
}

/** A closed statement replayed as of its close, and, when it no longer matches its digest, what says so. */
export async function replayClosedStatement(
  store: EventStore,
  campaignId: string,
  mpnId: string,
  closed: ClosedStatement,
): Promise<{ statement: Statement; changed?: ClosedStatementChangedError }> {
  const statement = await registrationStatement(store, campaignId, mpnId, closed.asOf);
  return statementDigest(statement) === closed.statementSha256
    ? { statement }
    : { statement, changed: new ClosedStatementChangedError(campaignId, mpnId, closed.asOf) };
}

/**
 * A closed statement, exactly as it was closed: replayed as of its close and checked against the
 * digest recorded then, so that nothing later (an event edited in the table) rewrites it unseen.
 */
export async function closedStatement(
  store: EventStore,
  campaignId: string,
  mpnId: string,
  closed: ClosedStatement,
): Promise<Statement> {
  const { statement, changed } = await replayClosedStatement(store, campaignId, mpnId, closed);
  if (changed) throw changed;
  return statement;
}
