import type { RegistrationEvent } from '../../../domain/registrations/registration.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { indexKeys } from '../../../events/streams.js';
import { loadCampaign } from '../campaign-catalog.js';
import type { AppDeps } from '../deps.js';
import { closeStatement } from './close-statement.js';

export type ClosedStatementSummary = {
  registrationId: string;
  mpnId: string;
  amountCents: number;
  closed: boolean;
};

/**
 * Finance closes a campaign's payout: every registration's statement as of now is frozen. Closing
 * again later freezes newer statements (late sales, reversals, adjustments); the ones closed
 * before stay as they were recorded.
 */
export async function closeCampaign(
  deps: AppDeps,
  campaignId: string,
  metadata: EventMetadata,
): Promise<ClosedStatementSummary[]> {
  await loadCampaign(deps.store, campaignId);
  const events = (await deps.store.readIndex(
    indexKeys.registrationsOfCampaign(campaignId),
  )) as RegistrationEvent[];
  const registrations = new Map(events.map((e) => [e.data.registrationId, e.data]));
  const closed: ClosedStatementSummary[] = [];
  for (const { registrationId, mpnId } of registrations.values()) {
    const result = await closeStatement(deps, { registrationId, campaignId, mpnId }, metadata);
    closed.push({ registrationId, mpnId, amountCents: result.statement.amountCents, closed: result.closed });
  }
  return closed;
}
