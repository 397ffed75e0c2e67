import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import { defaultProgramPolicy } from '../../domain/program-policy.js';
import { type Result, UnexpectedRefusalError } from '../../domain/refusal.js';
import { emptyLedger, evolveLedger } from '../../domain/sales/ledger.js';
import type { DomainEvent } from '../../events/catalog.js';
import { registrationIdOf, streamIds } from '../../events/streams.js';
import { DynamoDbEventStore } from '../../functions/adapters/dynamodb-event-store.js';
import type { AppDeps } from '../../functions/application/deps.js';
import { issuePayout } from '../../functions/application/issue-payout.js';
import { updatePaymentProfile } from '../../functions/application/payment-profile.js';
import { closeStatement } from '../../functions/application/payouts/close-statement.js';
import { schedulePayments } from '../../functions/application/payouts/schedule-payments.js';
import { publishCampaign } from '../../functions/application/publish-campaign.js';
import { manualClock } from '../../functions/ports/clock.js';
import { benchMetadata } from '../context.js';
import { timed } from '../measure.js';
import { activePartner, approvedRegistration } from '../seed.js';
import { StreamingSeed } from '../streaming-seed.js';
import {
  dollarCampaign,
  type ScaleWorkload,
  salesOf,
  scaleCalendar,
  scaleCampaigns,
  scaleMpnId,
} from './workload.js';

export type ScaleSeeded = {
  /** Every event in the table. */
  events: number;
  /** Sale lines dated in the period, and sale events (lines and reversals) of the whole history. */
  lines: number;
  saleEvents: number;
  /**
   * What each partner is owed in the per-SKU campaign as of now, by MPN ID: calculateStatement over
   * its ledger as the seeding folded it while generating its sales (one partner's at a time), the
   * oracle of the report. Only the lines of the period are folded: calculateStatement reads no other.
   */
  owed: Map<string, number>;
  payoutsIssued: number;
  /** The bulk of the seeding (partners, registrations, sales), timed without the pause below. */
  bulk: { items: number; seconds: number };
};

/** A pause of the seeding once this many events are in the table (a measure on a prefix of the history). */
export type Pause = { afterEvents: number; run: () => Promise<void> };

const accepted = <Value>(what: string, result: Result<Value, string>): Value => {
  if (!result.ok) throw new UnexpectedRefusalError(what, result.refusal);
  return result;
};

/**
 * Seeds the program into a fresh event table. The few commands of finance and the program admin
 * (publishing, payment profiles, closing, scheduling, paying) go through their use cases; the
 * millions of events of partners, registrations and sales are appended through the real event
 * store into a StreamingSeed, `inFlight` BatchWriteItem requests at a time.
 */
export async function seedScale(
  { client, tableName }: { client: DynamoDBClient; tableName: string },
  workload: ScaleWorkload,
  { inFlight, pause }: { inFlight: number; pause?: Pause },
): Promise<ScaleSeeded> {
  const clock = manualClock(scaleCalendar.published);
  const deps: AppDeps = {
    store: new DynamoDbEventStore(client, tableName, clock),
    clock,
    policy: defaultProgramPolicy,
  };
  let events = 0;
  const termsSha256 = new Map<string, string>();
  for (const campaign of scaleCampaigns) {
    const published = accepted('Publishing', await publishCampaign(deps, campaign, benchMetadata));
    termsSha256.set(campaign.terms.campaignId, published.termsSha256);
    events++;
  }
  clock.set(scaleCalendar.paymentProfiles);
  for (const p of workload.paid) {
    await updatePaymentProfile(
      deps,
      scaleMpnId(p),
      {
        legalName: `Reseller ${p} Inc.`,
        remittanceEmail: `ap${p}@resellers.example`,
        bankReference: `PAYEE-P${p}`,
      },
      benchMetadata,
    );
    events++;
  }

  const seedClock = manualClock(scaleCalendar.signedUp);
  const seed = new StreamingSeed(client, tableName, seedClock, inFlight);
  const append = async (stream: string, list: DomainEvent[], expectedVersion = 0) => {
    await seed.store.appendToStream(stream, list, { expectedVersion, metadata: benchMetadata });
    await seed.ready();
  };
  let pausedSeconds = 0;
  let pending = pause;
  const owed = new Map<string, number>();
  let saleEvents = 0;
  const started = performance.now();
  for (let p = 0; p < workload.partners; p++) {
    const mpnId = scaleMpnId(p);
    seedClock.set(scaleCalendar.signedUp);
    await append(streamIds.partner(mpnId), activePartner(mpnId, p, scaleCalendar.signedUp));
    seedClock.set(scaleCalendar.registered);
    for (const { terms } of scaleCampaigns) {
      const { campaignId } = terms;
      const at = scaleCalendar.registered;
      await append(
        streamIds.registration(registrationIdOf(campaignId, mpnId)),
        approvedRegistration(campaignId, mpnId, { termsSha256: termsSha256.get(campaignId) as string, at }),
      );
    }
  }
  for (let p = 0; p < workload.partners; p++) {
    const mpnId = scaleMpnId(p);
    const ledger = emptyLedger();
    for (const { inPeriod, sale, recordedAt, reversal } of salesOf(workload, p)) {
      const stream = streamIds.sale(sale.saleId);
      const recorded = { type: 'SaleRecorded', data: sale } as const;
      seedClock.set(recordedAt);
      await append(stream, [recorded]);
      if (inPeriod) evolveLedger(ledger, recorded);
      saleEvents++;
      if (reversal) {
        const reversed = { type: 'SaleReversed', data: reversal } as const;
        seedClock.set(reversal.reversedAt);
        await append(stream, [reversed], 1);
        if (inPeriod) evolveLedger(ledger, reversed);
        saleEvents++;
      }
      if (pending && seed.appended + events >= pending.afterEvents) {
        const { run } = pending;
        pending = undefined;
        await seed.flush();
        pausedSeconds += (await timed(run)).seconds;
      }
    }
    const { terms } = dollarCampaign;
    owed.set(mpnId, calculateStatement({ terms, mpnId, registrationStatus: 'approved', ledger }).amountCents);
  }
  await seed.flush();
  const bulk = { items: seed.appended, seconds: (performance.now() - started) / 1000 - pausedSeconds };
  events += seed.appended;

  // Finance closes some statements, schedules what is due and pays it; reversals recorded since
  // (see salesOf) then take back some of what was paid.
  const { campaignId } = dollarCampaign.terms;
  clock.set(scaleCalendar.closed);
  for (const p of workload.paid) {
    const mpnId = scaleMpnId(p);
    const registration = { registrationId: registrationIdOf(campaignId, mpnId), campaignId, mpnId };
    if ((await closeStatement(deps, registration, benchMetadata)).closed) events++;
  }
  clock.set(scaleCalendar.scheduled);
  const scheduled = (await schedulePayments(deps, campaignId, benchMetadata)).flatMap((outcome) =>
    outcome.outcome === 'scheduled' ? [outcome] : [],
  );
  events += scheduled.length;
  clock.set(scaleCalendar.issued);
  for (const { mpnId, amountCents } of scheduled) {
    const payment = { campaignId, mpnId, amountCents, reference: `EFT-${mpnId}` };
    accepted('Issuing a payout', await issuePayout(deps, payment, benchMetadata));
    events++;
  }
  return { events, lines: workload.lines, saleEvents, owed, payoutsIssued: scheduled.length, bulk };
}
