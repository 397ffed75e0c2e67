import { detectSaleFindings, detectSignUpFindings, type Finding } from '../../../domain/fraud/detect.js';
import {
  evolveFraudFlag,
  type FraudFlag,
  type FraudFlagEvent,
  raiseFlag,
  reviewFlag,
} from '../../../domain/fraud/fraud-flag.js';
import type { RegistrationEvent } from '../../../domain/registrations/registration.js';
import { emptyLedger, evolveLedger, ledgerLines } from '../../../domain/sales/ledger.js';
import type { SaleEvent } from '../../../domain/sales/sale.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { indexKeys, streamIds } from '../../../events/streams.js';
import type { EventStore } from '../../ports/event-store.js';
import { sha256Hex } from '../../security/sha256.js';
import { loadCampaign } from '../campaign-catalog.js';
import type { AppDeps } from '../deps.js';
import { handleCommand } from '../handle-command.js';
import { fraudFlagSlice } from '../slices.js';

/** A finding's flag id: its kind and partner, and a digest of what it is about. */
export const flagIdOf = (finding: Finding) =>
  `${finding.kind}:${finding.mpnId}:${sha256Hex(finding.key).slice(0, 24)}`;

/** Raises a flag for each finding not raised before; returns the flags raised now. */
export async function raiseFindings(
  { store, clock }: AppDeps,
  findings: Finding[],
  campaignId: string | undefined,
  metadata: EventMetadata,
): Promise<string[]> {
  const raised: string[] = [];
  for (const finding of findings) {
    const flagId = flagIdOf(finding);
    const flag = {
      flagId,
      kind: finding.kind,
      mpnId: finding.mpnId,
      ...(campaignId ? { campaignId } : {}),
      saleIds: finding.saleIds,
      evidence: finding.evidence,
      raisedAt: clock.now(),
    };
    const { decided } = await handleCommand(
      store,
      streamIds.fraudFlag(flagId),
      fraudFlagSlice,
      (state) => raiseFlag(flag, state),
      {
        metadata,
      },
    );
    if (decided.length > 0) raised.push(flagId);
  }
  return raised;
}

/** A partner's sale lines with when each was recorded (the late-recording check needs it). */
async function partnerSales(store: EventStore, mpnId: string) {
  const events = (await store.readIndex(indexKeys.salesOfPartner(mpnId))) as (SaleEvent & {
    recordedAt: string;
  })[];
  const ledger = emptyLedger();
  const recordedAt = new Map<string, string>();
  for (const event of events) {
    evolveLedger(ledger, event);
    if (event.type === 'SaleRecorded') recordedAt.set(event.data.saleId, event.recordedAt);
  }
  return {
    mpnId,
    lines: ledgerLines(ledger).map((l) => ({ ...l, recordedAt: recordedAt.get(l.saleId) as string })),
  };
}

/** Runs the sale checks over every registered partner of a campaign, raising what they find. */
export async function scanCampaign(deps: AppDeps, campaignId: string, metadata: EventMetadata) {
  const campaign = await loadCampaign(deps.store, campaignId);
  const registrations = (await deps.store.readIndex(
    indexKeys.registrationsOfCampaign(campaignId),
  )) as RegistrationEvent[];
  const partners = [...new Set(registrations.map((e) => e.data.mpnId))];
  const sales = await Promise.all(partners.map((mpnId) => partnerSales(deps.store, mpnId)));
  const findings = detectSaleFindings(campaign.terms, sales);
  return { findings: findings.length, raised: await raiseFindings(deps, findings, campaignId, metadata) };
}

/** The free-mail check, when a partner signs up. */
export const checkSignUp = (
  deps: AppDeps,
  partner: { mpnId: string; contactEmail: string },
  metadata: EventMetadata,
) => raiseFindings(deps, detectSignUpFindings(partner), undefined, metadata);

/** Every flag raised on a partner, as it stands now. */
export async function flagsOfPartner(store: EventStore, mpnId: string): Promise<FraudFlag[]> {
  const events = (await store.readIndex(indexKeys.fraudFlagsOfPartner(mpnId))) as FraudFlagEvent[];
  const flags = new Map<string, FraudFlag | undefined>();
  for (const event of events)
    flags.set(event.data.flagId, evolveFraudFlag(flags.get(event.data.flagId), event));
  return [...flags.values()].filter((f): f is FraudFlag => f !== undefined);
}

export const confirmedFlagsOf = async (store: EventStore, mpnId: string) =>
  (await flagsOfPartner(store, mpnId)).filter((f) => f.status === 'confirmed').length;

export async function reviewFraudFlag(
  { store, clock }: AppDeps,
  input: { flagId: string; verdict: 'cleared' | 'confirmed'; note: string },
  metadata: EventMetadata,
): Promise<FraudFlag> {
  const review = { ...input, now: clock.now() };
  const { before, decided } = await handleCommand(
    store,
    streamIds.fraudFlag(input.flagId),
    fraudFlagSlice,
    (state) => reviewFlag(review, state),
    {
      metadata,
    },
  );
  return decided.reduce(evolveFraudFlag, before) as FraudFlag;
}
