import { canonicalJson } from '../../../domain/canonical-json.js';
import { payoutDecider } from '../../../domain/payouts/decide.js';
import type { ClosedStatement } from '../../../domain/payouts/payout.js';
import type { Statement } from '../../../domain/payouts/statement.js';
import { UnexpectedRefusalError } from '../../../domain/refusal.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import { sha256Hex } from '../../security/sha256.js';
import { type RegistrationHistory, registrationStatement, statementAsOf } from '../campaign-statements.js';
import type { AppDeps } from '../deps.js';
import { execute } from '../execute.js';

/** What a statement's digest is taken over: its canonical JSON, so any change to any line changes it. */
export const statementDigest = (statement: Statement) => sha256Hex(canonicalJson(statement));

/**
 * Closes a recorded registration's statement: replayed from the events recorded until now and
 * pinned by its digest in a `PayoutComputed` event. Closing it again, unchanged, records nothing.
 */
export async function closeStatement(
  { store, clock }: AppDeps,
  registration: { registrationId: string; campaignId: string; mpnId: string },
  metadata: EventMetadata,
): Promise<{ statement: Statement; closed: boolean }> {
  const { registrationId, campaignId, mpnId } = registration;
  const asOf = clock.now();
  const replayed = await registrationStatement(store, campaignId, mpnId, asOf);
  if (!replayed.ok)
    throw new UnexpectedRefusalError(`Replaying the statement of ${registrationId}`, replayed.refusal);
  const { statement } = replayed;
  const command = {
    type: 'RecordPayoutComputed',
    data: { registrationId, campaignId, mpnId, asOf, statement, statementSha256: statementDigest(statement) },
    metadata: { now: asOf },
  } as const;
  const executed = await execute(store, payoutDecider, streamIds.payout(registrationId), command, {
    metadata,
  });
  if (!executed.ok)
    throw new UnexpectedRefusalError(`Closing the statement of ${registrationId}`, executed.refusal);
  return { statement, closed: executed.events.length > 0 };
}

export class ClosedStatementChangedError extends Error {
  override readonly name = 'ClosedStatementChangedError';
  constructor(campaignId: string, mpnId: string, asOf: string) {
    super(
      `The statement of ${mpnId} in ${campaignId} closed as of ${asOf} no longer matches its recorded digest: run npm run verify`,
    );
  }
}

/**
 * A closed statement replayed as of its close from the registration's history, and, when it no
 * longer matches the digest recorded then (an event edited in the table), what says so.
 */
export function replayClosedStatement(
  history: RegistrationHistory,
  closed: ClosedStatement,
): { statement: Statement; changed?: ClosedStatementChangedError } {
  const replayed = statementAsOf(history, closed.asOf);
  if (!replayed.ok) {
    throw new UnexpectedRefusalError(
      `Replaying the statement of ${history.mpnId} in ${history.campaignId} closed as of ${closed.asOf}`,
      replayed.refusal,
    );
  }
  const { statement } = replayed;
  return statementDigest(statement) === closed.statementSha256
    ? { statement }
    : { statement, changed: new ClosedStatementChangedError(history.campaignId, history.mpnId, closed.asOf) };
}
