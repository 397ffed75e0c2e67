import { detectSaleFindings, detectSignUpFindings, type Finding } from '../../../domain/fraud/detect.js';
import {
  type FraudFlag,
  type FraudFlagRefusalCode,
  fraudFlagDecider,
} from '../../../domain/fraud/fraud-flag.js';
import { partnerFlagsFold } from '../../../domain/fraud/partner-flags.js';
import { type Result, refused, UnexpectedRefusalError } from '../../../domain/refusal.js';
import { campaignRegistrationsFold } from '../../../domain/registrations/campaign-registrations.js';
import { ledgerFold, ledgerLines } from '../../../domain/sales/ledger.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { indexKeys, streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { sha256Hex } from '../../security/sha256.js';
import { loadCampaign } from '../campaign-catalog.js';
import type { AppDeps } from '../deps.js';
import { execute } from '../execute.js';
import { foldIndex, readIndexed } from '../read-slice.js';

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
    const command = {
      type: 'RaiseFraudFlag',
      data: {
        flagId,
        kind: finding.kind,
        mpnId: finding.mpnId,
        ...(campaignId ? { campaignId } : {}),
        saleIds: finding.saleIds,
        evidence: finding.evidence,
        raisedAt: clock.now(),
      },
    } as const;
    const executed = await execute(store, fraudFlagDecider, streamIds.fraudFlag(flagId), command, {
      metadata,
    });
    if (!executed.ok) throw new UnexpectedRefusalError(`Raising flag ${flagId}`, executed.refusal);
    if (executed.events.length > 0) raised.push(flagId);
  }
  return raised;
}

/** A partner's sale lines with when each was recorded (the late-recording check needs it). */
async function partnerSales(store: EventReader, mpnId: string) {
  const events = await readIndexed(store, ledgerFold, indexKeys.salesOfPartner(mpnId));
  const ledger = ledgerFold.initialState();
  const recordedAt = new Map<string, string>();
  for (const event of events) {
    ledgerFold.evolve(ledger, event);
    if (event.type === 'SaleRecorded') recordedAt.set(event.data.saleId, event.recordedAt);
  }
  return {
    mpnId,
    lines: ledgerLines(ledger).map((l) => ({ ...l, recordedAt: recordedAt.get(l.saleId) as string })),
  };
}

/** The partners registered for a campaign, whatever became of their registration. */
export async function partnersOfCampaign(store: EventReader, campaignId: string): Promise<string[]> {
  const registrations = await foldIndex(
    store,
    campaignRegistrationsFold,
    indexKeys.registrationsOfCampaign(campaignId),
  );
  return [...new Set([...registrations.values()].map((r) => r.mpnId))];
}

/** Runs the sale checks over every registered partner of a campaign, raising what they find. */
export async function scanCampaign(
  deps: AppDeps,
  campaignId: string,
  metadata: EventMetadata,
): Promise<Result<{ findings: number; raised: string[] }, 'campaign-not-found'>> {
  const found = await loadCampaign(deps.store, campaignId);
  if (!found.ok) return found;
  const partners = await partnersOfCampaign(deps.store, campaignId);
  const sales = await Promise.all(partners.map((mpnId) => partnerSales(deps.store, mpnId)));
  const findings = detectSaleFindings(found.campaign.terms, sales);
  return {
    ok: true,
    findings: findings.length,
    raised: await raiseFindings(deps, findings, campaignId, metadata),
  };
}

/** Every flag raised on a partner, as it stands now. */
export const flagsOfPartner = async (store: EventReader, mpnId: string): Promise<FraudFlag[]> => [
  ...(await foldIndex(store, partnerFlagsFold, indexKeys.fraudFlagsOfPartner(mpnId))).values(),
];

/** The free-mail check, when a partner signs up. */
export const checkSignUp = (
  deps: AppDeps,
  partner: { mpnId: string; contactEmail: string },
  metadata: EventMetadata,
) => raiseFindings(deps, detectSignUpFindings(partner), undefined, metadata);

export async function reviewFraudFlag(
  { store, clock }: AppDeps,
  input: { flagId: string; verdict: 'cleared' | 'confirmed'; note: string },
  metadata: EventMetadata,
): Promise<Result<{ flag: FraudFlag }, FraudFlagRefusalCode>> {
  const command = { type: 'ReviewFraudFlag', data: input, metadata: { now: clock.now() } } as const;
  const executed = await execute(store, fraudFlagDecider, streamIds.fraudFlag(input.flagId), command, {
    metadata,
  });
  if (!executed.ok) return refused(executed.refusal);
  if (!executed.after) throw new Error(`Fraud flag ${input.flagId} was reviewed but is not recorded`);
  return { ok: true, flag: executed.after };
}
