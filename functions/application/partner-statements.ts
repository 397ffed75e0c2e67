import type { CampaignCatalog } from '../../domain/campaigns/catalog.js';
import { partnerDecider } from '../../domain/partners/decide.js';
import { payoutDecider } from '../../domain/payouts/decide.js';
import { type Milestone, nextMilestones } from '../../domain/payouts/next-milestones.js';
import { type PartnerStatement, partnerStatement } from '../../domain/payouts/partner-statement.js';
import { type PaymentHold, paymentPositions } from '../../domain/payouts/payment-run.js';
import type { PayoutState } from '../../domain/payouts/payout.js';
import { paymentStatus } from '../../domain/payouts/settlement.js';
import {
  type CampaignPeriod,
  hasSalesOutsidePeriod,
  salesOutsidePeriod,
} from '../../domain/payouts/statement-sales.js';
import { type Result, refused } from '../../domain/refusal.js';
import { registrationDecider } from '../../domain/registrations/decide.js';
import type { Ledger } from '../../domain/sales/ledger.js';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { RecordedEvent } from '../../events/catalog.js';
import { CampaignId } from '../../events/fields.js';
import { registrationIdOf, streamIds } from '../../events/streams.js';
import type { Reader } from '../i18n/reader.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import { campaignNotFound, loadCatalog } from './campaign-catalog.js';
import {
  readRegistrationHistory,
  readRegistrationHistoryFromPages,
  type StatementRefusalCode,
  statementAsOf,
} from './campaign-statements.js';
import type { ReadDeps } from './deps.js';
import { type ClosedStatementChangedError, replayClosedStatement } from './payouts/close-statement.js';
import { partnerPayouts, paymentRunInput } from './payouts/program-payouts.js';
import { readSlice, type SliceRead } from './read-slice.js';

export type PartnerStatementDocument = PartnerStatement & { campaignName: string; companyName: string };

/** A partner's statement, with what is told beside it rather than kept in it. */
export type PartnerStatementRead = {
  statement: PartnerStatementDocument;
  /** While the campaign is open: how far the partner is from its next tier, cap or minimum. */
  milestones: Milestone[];
  /** The language and time zone the partner chose at sign-up, for the files made of its statement. */
  reader: Reader;
};

/**
 * What a statement is read with. With the read models (the routes and the portal), the partner's
 * sales come from its ledger pages of the campaign's days; without (the journey at a campaign's
 * end), from its sale events recorded by the statement's instant.
 */
export type StatementDeps = ReadDeps & { readModels?: Pick<ReadModelQueries, 'ledgerEntries'> };

/**
 * A partner's statement for one campaign as of an instant: replayed from the events recorded by
 * then, with its adjustments, its payments, the clawbacks since the statement last paid, what
 * holds a payment that is due, and the partner's sales dated outside the campaign's period. Each
 * stream is read once: the paid statement is replayed from the same reads as the current one.
 */
export async function partnerStatementOf(
  deps: StatementDeps,
  campaignId: string,
  mpnId: string,
  asOf: string,
  report: (problem: ClosedStatementChangedError) => void,
): Promise<Result<PartnerStatementRead, StatementRefusalCode>> {
  if (!CampaignId.safeParse(campaignId).success) return refused(campaignNotFound(campaignId));
  const registrationId = registrationIdOf(campaignId, mpnId);
  const [history, partner, payoutRead] = await Promise.all([
    deps.readModels
      ? readRegistrationHistoryFromPages(
          { store: deps.store, readModels: deps.readModels },
          campaignId,
          mpnId,
        )
      : readRegistrationHistory(deps.store, campaignId, mpnId, asOf),
    readSlice(deps.store, partnerDecider, streamIds.partner(mpnId)),
    readSlice(deps.store, payoutDecider, streamIds.payout(registrationId), { asOf }),
  ]);
  const current = statementAsOf(history, asOf);
  if (!current.ok) return current;
  const { statement, ledger } = current;
  const { terms } = current.campaign;
  const payout = payoutRead.state;
  // A paid statement that no longer replays to its digest is reported (an integrity alarm: npm run
  // verify shows where), and the partner still gets its statement, clawbacks counted on the replay.
  const lastPaid = payout.lastPaidClose ? replayClosedStatement(history, payout.lastPaidClose) : undefined;
  if (lastPaid?.changed) report(lastPaid.changed);
  // The holds and the other campaigns both read the catalog: once is enough.
  let catalog: Promise<CampaignCatalog> | undefined;
  const catalogOnce = () => {
    catalog ??= loadCatalog(deps.store, { asOf });
    return catalog;
  };
  const [holds, otherCampaigns] = await Promise.all([
    holdsOf(deps, { campaignId, mpnId, registrationId }, payoutRead, asOf, catalogOnce),
    otherCampaignsOf(deps, { terms, ledger, mpnId, asOf }, catalogOnce),
  ]);
  const document = partnerStatement({
    asOf,
    terms,
    statement,
    ledger,
    otherCampaigns,
    payout,
    holds,
    ...(lastPaid ? { lastPaid: lastPaid.statement } : {}),
  });
  const profile = partner.state.status === 'unknown' ? undefined : partner.state.profile;
  return {
    ok: true,
    statement: { ...document, campaignName: terms.name, companyName: profile?.companyName ?? mpnId },
    milestones: nextMilestones({
      terms,
      mpnId,
      registrationStatus: statement.registrationStatus,
      ledger,
      asOf,
    }),
    reader: {
      ...(profile?.language ? { language: profile.language } : {}),
      ...(profile?.timeZone ? { timeZone: profile.timeZone } : {}),
    },
  };
}

/**
 * What holds a payment that is due and not scheduled yet, as the payment run would have weighed it
 * as of the statement's instant; the program's other payouts are read only then.
 */
async function holdsOf(
  deps: ReadDeps,
  { campaignId, mpnId, registrationId }: { campaignId: string; mpnId: string; registrationId: string },
  payout: SliceRead<PayoutState, RecordedEvent>,
  asOf: string,
  catalog: () => Promise<CampaignCatalog>,
): Promise<PaymentHold[]> {
  if (paymentStatus(payout.state) !== 'unprocessed') return [];
  // The partner's payouts in every campaign; this one's stream was read already.
  const known = new Map([[streamIds.payout(registrationId), payout.events]]);
  const payouts = partnerPayouts(deps.store, mpnId, { asOf, known }, catalog());
  const input = await paymentRunInput(deps, campaignId, { mpnId, asOf, catalog: catalog(), payouts });
  return paymentPositions(input).find((p) => p.registrationId === registrationId)?.holds ?? [];
}

/**
 * The partner's other registrations whose campaign's period holds one of its sales dated outside
 * this period: only those campaigns' registrations are read, and only when there are such sales.
 */
async function otherCampaignsOf(
  { store }: ReadDeps,
  { terms, ledger, mpnId, asOf }: { terms: CampaignTerms; ledger: Ledger; mpnId: string; asOf: string },
  catalog: () => Promise<CampaignCatalog>,
): Promise<CampaignPeriod[]> {
  if (!hasSalesOutsidePeriod(terms, ledger)) return [];
  const campaigns = [...(await catalog()).values()].map((c) => ({
    campaignId: c.campaignId,
    period: c.terms.period,
  }));
  const covering = new Set(
    salesOutsidePeriod(terms, ledger, campaigns).flatMap((sale) => sale.otherCampaigns),
  );
  const registered = await Promise.all(
    campaigns
      .filter((campaign) => covering.has(campaign.campaignId))
      .map(async (campaign) => {
        const stream = streamIds.registration(registrationIdOf(campaign.campaignId, mpnId));
        const { state } = await readSlice(store, registrationDecider, stream, { asOf });
        return state.status === 'none' ? [] : [campaign];
      }),
  );
  return registered.flat();
}
