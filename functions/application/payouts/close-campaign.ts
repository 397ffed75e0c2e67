import type { Result } from '../../../domain/refusal.js';
import { campaignRegistrationsFold } from '../../../domain/registrations/campaign-registrations.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { indexKeys } from '../../../events/streams.js';
import { loadCampaign } from '../campaign-catalog.js';
import type { AppDeps } from '../deps.js';
import { foldIndex } from '../read-slice.js';
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
): Promise<Result<{ statements: ClosedStatementSummary[] }, 'campaign-not-found'>> {
  const found = await loadCampaign(deps.store, campaignId);
  if (!found.ok) return found;
  const registrations = await foldIndex(
    deps.store,
    campaignRegistrationsFold,
    indexKeys.registrationsOfCampaign(campaignId),
  );
  const statements: ClosedStatementSummary[] = [];
  for (const { registrationId, mpnId } of registrations.values()) {
    const result = await closeStatement(deps, { registrationId, campaignId, mpnId }, metadata);
    statements.push({
      registrationId,
      mpnId,
      amountCents: result.statement.amountCents,
      closed: result.closed,
    });
  }
  return { ok: true, statements };
}
