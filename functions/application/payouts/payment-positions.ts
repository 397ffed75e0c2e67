import type { CampaignCatalog } from '../../../domain/campaigns/catalog.js';
import { type PaymentPosition, paymentPositions } from '../../../domain/payouts/payment-run.js';
import type { Result } from '../../../domain/refusal.js';
import { loadCampaign } from '../campaign-catalog.js';
import type { ReadDeps } from '../deps.js';
import type { AsOf } from '../read-slice.js';
import { paymentRunInput, programPayouts } from './program-payouts.js';

/**
 * Where each payment of a campaign stands (closed amount, paid, due) and what would hold it, as a
 * payment run would weigh it now (or at `asOf`): what finance reviews before a run.
 */
export async function campaignPaymentPositions(
  deps: ReadDeps,
  campaignId: string,
  options: AsOf = {},
): Promise<Result<{ positions: PaymentPosition[] }, 'campaign-not-found'>> {
  const found = await loadCampaign(deps.store, campaignId, options);
  if (!found.ok) return found;
  return { ok: true, positions: paymentPositions(await paymentRunInput(deps, campaignId, options)) };
}

/**
 * The payment positions of several published campaigns at one instant, by campaign: the program's
 * payouts are read once for all of them.
 */
export async function positionsOfCampaigns(
  deps: ReadDeps,
  campaignIds: readonly string[],
  options: AsOf & { catalog?: Promise<CampaignCatalog> } = {},
): Promise<Map<string, PaymentPosition[]>> {
  const { catalog, ...asOf } = options;
  const payouts = programPayouts(deps.store, asOf, catalog);
  const perCampaign = await Promise.all(
    campaignIds.map(async (campaignId) =>
      paymentPositions(await paymentRunInput(deps, campaignId, { ...asOf, payouts })),
    ),
  );
  return new Map(campaignIds.map((campaignId, i) => [campaignId, perCampaign[i] ?? []]));
}
