import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryOf } from '../../../domain/payouts/statement-summary.js';
import { defaultProgramPolicy } from '../../../domain/program-policy.js';
import type { CampaignTerms } from '../../../events/campaign-terms.js';
import type { DomainEvent, RecordedEvent } from '../../../events/catalog.js';
import { addMs } from '../../../events/instant.js';
import { registrationIdOf, streamIds } from '../../../events/streams.js';
import { ensureTable } from '../../../functions/adapters/dynamodb-client.js';
import { DynamoDbReadModels } from '../../../functions/adapters/dynamodb-read-models.js';
import { MemoryEventStore } from '../../../functions/adapters/memory-event-store.js';
import { readModelTableCreateInput } from '../../../functions/adapters/read-model-table.js';
import { campaignStatements } from '../../../functions/application/campaign-statements.js';
import { partnerStatementOf } from '../../../functions/application/partner-statements.js';
import { closeStatement } from '../../../functions/application/payouts/close-statement.js';
import { refreshDueSummaries } from '../../../functions/application/statement-summaries.js';
import { manualClock } from '../../../functions/ports/clock.js';

type ManualClock = ReturnType<typeof manualClock>;

import { soldAtFrom } from '../../../functions/projector/sold-at.js';
import { localDynamoDb, uniqueTableName } from '../../support/dynamodb.js';
import { campaignPublished } from '../../support/fixtures.js';
import { lineArbitrary, PERIOD_START, termsArbitrary } from '../../support/generated-terms.js';

/**
 * Statements read from the projections equal statements replayed from the events, cent for cent
 * and line for line, however the events reach the projector: streams interleaved at random, in
 * batches of any size, some delivered twice, two shards applied at once (their writes racing on the
 * same ledger pages), registrations decided late, reversals recorded long after their sales.
 */

const system = { correlationId: 'c', causationId: 'c', actor: { role: 'system' as const } };
const DAY = 86_400_000;
const T0 = addMs(PERIOD_START, -120 * DAY);

let readModels: DynamoDbReadModels;
beforeAll(async () => {
  const table = uniqueTableName('projected');
  await ensureTable(localDynamoDb(), readModelTableCreateInput(table));
  readModels = new DynamoDbReadModels(localDynamoDb(), table);
});

const saleArbitrary = fc.record({
  partner: fc.nat({ max: 2 }),
  line: lineArbitrary,
  recordedAfterDays: fc.integer({ min: 0, max: 40 }),
  reversedAfterDays: fc.array(fc.integer({ min: 0, max: 150 }), { maxLength: 2 }),
});

const registrationArbitrary = fc.record({
  decision: fc.constantFrom('approved', 'rejected', 'pending'),
  decidedAfterDays: fc.integer({ min: 100, max: 240 }),
});

const delivery = fc.record({
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 50 }),
  batchSizes: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 }),
  redelivered: fc.array(fc.nat(), { maxLength: 5 }),
});

let run = 0;

describe('Projected statements', () => {
  it('equal a full replay of the events, as they stand and as of any instant', async () => {
    await fc.assert(
      fc.asyncProperty(
        termsArbitrary(),
        fc.array(registrationArbitrary, { minLength: 3, maxLength: 3 }),
        fc.array(saleArbitrary, { maxLength: 25 }),
        delivery,
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 3 }),
        async (generated, registrations, sales, how, asOfDays) => {
          run++;
          const terms: CampaignTerms = { ...generated, campaignId: `gen-${Date.now()}-${run}` };
          const partners = [0, 1, 2].map((p) => `${900_000 + run * 10 + p}`);
          const clock = manualClock(T0);
          const store = new MemoryEventStore(clock);
          const history = await recordHistory(store, clock, terms, partners, registrations, sales);

          await Promise.all(shards(interleave(history, how.picks)).map((lane) => deliver(store, lane, how)));
          while ((await refresh(store)) > 0) {
            // Until no partner is due.
          }

          const replayed = await campaignStatements(store, terms.campaignId, addMs(T0, 400 * DAY));
          if (!replayed.ok) throw new Error(replayed.refusal.message);
          const summaries = await readModels.statementSummaries(terms.campaignId);
          expect(byPartner(summaries)).toEqual(byPartner(replayed.statements.map(summaryOf)));

          const deps = { store, clock, policy: defaultProgramPolicy };
          const statement = (mpnId: string, asOf: string, withPages: boolean) =>
            partnerStatementOf(
              withPages ? { ...deps, readModels } : deps,
              terms.campaignId,
              mpnId,
              asOf,
              () => {
                throw new Error('A closed statement changed');
              },
            );
          for (const mpnId of partners) {
            for (const days of asOfDays) {
              const asOf = addMs(T0, days * DAY);
              expect(await statement(mpnId, asOf, true)).toEqual(await statement(mpnId, asOf, false));
            }
          }
        },
      ),
      { numRuns: Number(process.env.PROJECTION_RUNS ?? 25) },
    );
  }, 300_000);
});

/** The program's history in the order it was recorded: a campaign, three registrations, sales and reversals. */
async function recordHistory(
  store: MemoryEventStore,
  clock: ManualClock,
  terms: CampaignTerms,
  partners: string[],
  registrations: { decision: string; decidedAfterDays: number }[],
  sales: SaleSpec[],
): Promise<RecordedEvent[]> {
  const planned: { at: string; stream: string; event: DomainEvent }[] = [];
  planned.push({ at: T0, stream: `campaign-${terms.campaignId}`, event: campaignPublished(terms) });
  partners.forEach((mpnId, i) => {
    const keys = {
      registrationId: registrationIdOf(terms.campaignId, mpnId),
      campaignId: terms.campaignId,
      mpnId,
    };
    const submittedAt = addMs(T0, DAY);
    planned.push({
      at: submittedAt,
      stream: `registration-${keys.registrationId}`,
      event: {
        type: 'RegistrationSubmitted',
        data: {
          ...keys,
          agreementNumber: 'AGR-0001',
          signature: {
            signerName: 'Pat',
            signerEmail: 'pat@partner.example',
            termsSha256: 'a'.repeat(64),
            signedAt: submittedAt,
          },
          submittedAt,
        },
      },
    });
    const { decision, decidedAfterDays } = registrations[i] as { decision: string; decidedAfterDays: number };
    const decidedAt = addMs(T0, decidedAfterDays * DAY);
    if (decision === 'approved') {
      planned.push({
        at: decidedAt,
        stream: `registration-${keys.registrationId}`,
        event: {
          type: 'RegistrationApproved',
          data: { ...keys, approverEmail: 'pm@vendor.example', decidedAt },
        },
      });
    }
    if (decision === 'rejected') {
      planned.push({
        at: decidedAt,
        stream: `registration-${keys.registrationId}`,
        event: {
          type: 'RegistrationRejected',
          data: { ...keys, approverEmail: 'pm@vendor.example', decidedAt, reason: 'No.' },
        },
      });
    }
  });
  sales.forEach((sale, i) => {
    const saleId = `S-${run}-${i}`;
    const mpnId = partners[sale.partner] as string;
    const recordedAt = addMs(sale.line.soldAt, sale.recordedAfterDays * DAY);
    planned.push({
      at: recordedAt,
      stream: `sale-${saleId}`,
      event: {
        type: 'SaleRecorded',
        data: {
          saleId,
          mpnId,
          customerId: sale.line.customerId,
          sku: sale.line.sku,
          quantity: sale.line.quantity,
          licenseType: sale.line.licenseType,
          soldAt: sale.line.soldAt,
        },
      },
    });
    let left = sale.line.quantity;
    sale.reversedAfterDays.forEach((days, n) => {
      const quantity = Math.min(left, (sale.line.reversals[n] as number | undefined) ?? 1);
      if (quantity === 0) return;
      left -= quantity;
      const at = addMs(recordedAt, days * DAY + (n + 1) * 60_000);
      planned.push({
        at,
        stream: `sale-${saleId}`,
        event: {
          type: 'SaleReversed',
          data: { reversalId: `CN-${n}`, saleId, mpnId, quantity, reversedAt: at },
        },
      });
    });
  });
  // Recorded in time order; a stream's own events keep theirs. Each statement is closed after the
  // period and what it owes paid, before the last reversals come in (clawbacks, then).
  planned.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const paidAt = addMs(PERIOD_START, 100 * DAY);
  let paid = false;
  for (const { at, stream, event } of planned) {
    if (!paid && at > paidAt) {
      paid = true;
      clock.set(paidAt);
      await payEveryStatement(store, clock, terms.campaignId, partners);
    }
    clock.set(at);
    const { version } = await store.readStream(stream);
    await store.appendToStream(stream, [event], { expectedVersion: version, metadata: system });
  }
  if (!paid) {
    clock.set(paidAt);
    await payEveryStatement(store, clock, terms.campaignId, partners);
  }
  return (
    await Promise.all(streamsOf(planned, terms.campaignId, partners).map((s) => store.readStream(s)))
  ).flatMap((read) => read.events);
}

/** Closes each registration's statement and pays what it owes, as finance would. */
async function payEveryStatement(
  store: MemoryEventStore,
  clock: ManualClock,
  campaignId: string,
  partners: string[],
) {
  for (const mpnId of partners) {
    const registrationId = registrationIdOf(campaignId, mpnId);
    const { statement } = await closeStatement(
      { store, clock, policy: defaultProgramPolicy },
      { registrationId, campaignId, mpnId },
      system,
    );
    if (statement.amountCents === 0) continue;
    const keys = { registrationId, campaignId, mpnId, amountCents: statement.amountCents };
    const stream = streamIds.payout(registrationId);
    const { version } = await store.readStream(stream);
    await store.appendToStream(
      stream,
      [
        { type: 'PaymentScheduled', data: { ...keys, scheduledAt: clock.now() } },
        { type: 'PayoutIssued', data: { ...keys, reference: `PAY-${mpnId}`, issuedAt: clock.now() } },
      ],
      { expectedVersion: version, metadata: system },
    );
  }
}

const streamsOf = (planned: { stream: string }[], campaignId: string, partners: string[]) => [
  ...new Set([
    ...planned.map((p) => p.stream),
    ...partners.map((m) => streamIds.payout(registrationIdOf(campaignId, m))),
  ]),
];

type SaleSpec = {
  partner: number;
  line: {
    customerId: string;
    sku: string;
    licenseType: string;
    quantity: number;
    soldAt: string;
    reversals: number[];
  };
  recordedAfterDays: number;
  reversedAfterDays: number[];
};

/** Takes the next event from a stream picked at random, keeping each stream's own order. */
function interleave(events: RecordedEvent[], picks: number[]): RecordedEvent[] {
  const queues = new Map<string, RecordedEvent[]>();
  for (const e of events) queues.set(e.stream, [...(queues.get(e.stream) ?? []), e]);
  const open = [...queues.values()];
  const merged: RecordedEvent[] = [];
  for (let p = 0; open.length > 0; p++) {
    const i = (picks[p % picks.length] as number) % open.length;
    const queue = open[i] as RecordedEvent[];
    merged.push(queue.shift() as RecordedEvent);
    if (queue.length === 0) open.splice(i, 1);
  }
  return merged;
}

/** Two shards, as DynamoDB Streams splits a table's keys: a stream's events all on one. */
const shards = (events: RecordedEvent[]) =>
  [0, 1].map((shard) => events.filter((e) => e.stream.length % 2 === shard));

/** Delivers a shard's events in batches, as Lambda does: some batches twice, a failed one again. */
async function deliver(
  store: MemoryEventStore,
  events: RecordedEvent[],
  how: { batchSizes: number[]; redelivered: number[] },
) {
  const soldAtOf = soldAtFrom(store);
  for (let i = 0, b = 0; i < events.length; b++) {
    const batch = events.slice(i, i + (how.batchSizes[b % how.batchSizes.length] as number));
    await readModels.applyBatch(batch, soldAtOf);
    if (how.redelivered.includes(b)) await readModels.applyBatch(batch, soldAtOf);
    i += batch.length;
  }
}

const refresh = (store: MemoryEventStore) =>
  refreshDueSummaries({ store, readModels, due: readModels.summaries }, { budgetMs: 60_000 });

const byPartner = <S extends { mpnId: string }>(summaries: S[]) =>
  [...summaries].sort((a, b) => (a.mpnId < b.mpnId ? -1 : 1));
