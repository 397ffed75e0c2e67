import type { CampaignCatalog } from '../../../domain/campaigns/catalog.js';
import { fold } from '../../../domain/decider.js';
import { confirmedFlags, partnerFlagsFold, unreviewedFlags } from '../../../domain/fraud/partner-flags.js';
import { paymentProfileChangeFinding } from '../../../domain/fraud/payment-profile-change.js';
import { latestChange, paymentProfileDecider } from '../../../domain/payment-profiles/payment-profile.js';
import { campaignPayoutsFold } from '../../../domain/payouts/campaign-payouts.js';
import type {
  PaymentChecks,
  PaymentRunInput,
  RegistrationPayout,
} from '../../../domain/payouts/payment-run.js';
import type { RecordedEvent } from '../../../events/catalog.js';
import { indexKeys, registrationIdOf, streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { loadCatalog } from '../campaign-catalog.js';
import type { ReadDeps } from '../deps.js';
import { flagIdOf } from '../fraud/fraud-flags.js';
import { type AsOf, foldIndex, ownEvents, readSlice } from '../read-slice.js';

/**
 * Every campaign's payouts (in campaign order, each campaign's as its index holds them): a payment
 * run weighs a partner's payouts in all campaigns against the minimum.
 */
export async function programPayouts(
  store: EventReader,
  options: AsOf = {},
  catalog: Promise<CampaignCatalog> = loadCatalog(store, options),
): Promise<RegistrationPayout[]> {
  const campaignIds = [...(await catalog).keys()];
  const byCampaign = await Promise.all(
    campaignIds.map((id) => foldIndex(store, campaignPayoutsFold, indexKeys.payoutsOfCampaign(id), options)),
  );
  return byCampaign.flatMap((payouts) => [...payouts.values()]);
}

/**
 * One partner's payouts in every campaign, from its payout streams: what `programPayouts` holds
 * of that partner, without reading every other partner's. `known` gives the events of streams
 * already read (as of the same instant), which are not read again.
 */
export async function partnerPayouts(
  store: EventReader,
  mpnId: string,
  options: AsOf & { known?: ReadonlyMap<string, readonly RecordedEvent[]> },
  catalog: Promise<CampaignCatalog> = loadCatalog(store, options),
): Promise<RegistrationPayout[]> {
  const { known, ...asOf } = options;
  const campaignIds = [...(await catalog).keys()];
  const byCampaign = await Promise.all(
    campaignIds.map(async (id) => {
      const stream = streamIds.payout(registrationIdOf(id, mpnId));
      const events = known?.get(stream);
      if (!events) return (await readSlice(store, campaignPayoutsFold, stream, asOf)).state;
      const own = ownEvents(campaignPayoutsFold, events, `Stream ${stream}`);
      return fold(campaignPayoutsFold.evolve, campaignPayoutsFold.initialState(), own);
    }),
  );
  return byCampaign.flatMap((payouts) => [...payouts.values()]);
}

/** What the program requires of a partner before paying it, besides the minimum. */
async function paymentChecksOf(store: EventReader, mpnId: string, options: AsOf): Promise<PaymentChecks> {
  const [profile, flags] = await Promise.all([
    readSlice(store, paymentProfileDecider, streamIds.paymentProfile(mpnId), options),
    foldIndex(store, partnerFlagsFold, indexKeys.fraudFlagsOfPartner(mpnId), options),
  ]);
  const change = latestChange(profile.state);
  const flagged = change && flags.has(flagIdOf(paymentProfileChangeFinding(mpnId, change)));
  return {
    paymentProfileComplete: profile.state.current !== undefined,
    confirmedFlags: confirmedFlags(flags),
    unreviewedProfileChangeFlags: unreviewedFlags(flags, 'payment-profile-changed'),
    ...(change && !flagged ? { unflaggedProfileChange: change } : {}),
  };
}

/**
 * What a payment run of a campaign weighs, read once: every payout of the program, and the checks
 * of each partner the campaign's payouts name (`mpnId` narrows them to one partner's), as they
 * stand or as they stood at an instant (`catalog`: the campaigns as of then, when already read).
 */
export async function paymentRunInput(
  { store, policy, clock }: ReadDeps,
  campaignId: string,
  options: AsOf & {
    mpnId?: string;
    catalog?: Promise<CampaignCatalog>;
    /** The program's payouts at that instant, when already read (for several campaigns at once). */
    payouts?: Promise<RegistrationPayout[]>;
  } = {},
): Promise<PaymentRunInput> {
  const { mpnId: only, catalog, payouts: read, ...asOf } = options;
  const payouts = (
    await (read ?? (only ? partnerPayouts(store, only, asOf, catalog) : programPayouts(store, asOf, catalog)))
  ).filter((p) => !only || p.mpnId === only);
  const partners = [...new Set(payouts.filter((p) => p.campaignId === campaignId).map((p) => p.mpnId))];
  const checks = new Map(
    await Promise.all(
      partners.map(async (mpnId) => [mpnId, await paymentChecksOf(store, mpnId, asOf)] as const),
    ),
  );
  const checksOf = (mpnId: string) => {
    const found = checks.get(mpnId);
    if (!found) throw new Error(`The payment checks of partner ${mpnId} were not read for ${campaignId}`);
    return found;
  };
  return {
    campaignId,
    payouts,
    checksOf,
    minimumPayoutCents: policy.minimumPayoutCents,
    paymentProfileChangeHoldMs: policy.paymentProfileChangeHoldMs,
    now: asOf.asOf ?? clock.now(),
  };
}
