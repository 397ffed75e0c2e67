import { CampaignTerms, type DollarPerSkuTerms } from '../events/campaign-terms.js';
import { type DomainEvent, prepareNewEvent, type RecordedEvent } from '../events/catalog.js';
import { canonicalInstant, instantMs } from '../events/instant.js';
import { chainHash, GENESIS_HASH } from '../functions/adapters/hash-chain.js';
import { eventOfItem } from '../functions/adapters/stored-event.js';
import { benchMpnId } from './seed.js';

/**
 * One campaign's program for the payout replay: its terms, its partners, and their sale events
 * as the event store holds them. Everything comes from a seeded generator so that our replay and
 * the SQL baseline see the same rows on every run.
 */

const DAY_MS = 86_400_000;

/**
 * A Q3 rate-card campaign in which every rule decides some partner's amount: about 8% of partners
 * stay under the partner minimum, 3% reach the unit cap, 3% the payout cap (not the same ones).
 */
export const replayTerms = dollarPerSku({
  campaignId: 'bench-q3-per-sku',
  name: 'Q3 cash back per SKU',
  type: 'dollarPerSku',
  currency: 'CAD',
  period: { start: '2026-07-01T00:00:00Z', end: '2026-10-01T00:00:00Z' },
  registrationDeadline: '2026-08-15T00:00:00Z',
  eligibleLicenseTypes: ['Open', 'OpenValue'],
  minUnitsPerSale: 2,
  minUnitsPerPartner: 100,
  rateCard: [
    { sku: 'M365-E5', amountCents: 4_000 },
    { sku: 'M365-E3', amountCents: 1_000 },
    { sku: 'D365-SALES', amountCents: 12_000 },
  ],
  maxUnitsPerPartner: 2_500,
  maxPayoutCentsPerPartner: 10_000_000,
});

function dollarPerSku(input: unknown): DollarPerSkuTerms {
  const terms = CampaignTerms.parse(input);
  if (terms.type !== 'dollarPerSku') throw new Error('The replay campaign must be a dollarPerSku one');
  return terms;
}

/** mulberry32: a tiny seeded generator, so the program is the same on every run (never Math.random). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Weighted = readonly (readonly [string, number])[];

export const pick = (random: () => number, choices: Weighted): string => {
  let left = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [choice, weight] of choices) {
    left -= weight;
    if (left < 0) return choice;
  }
  return (choices.at(-1) as (typeof choices)[number])[0];
};

// Two SKUs outside the rate card and two licence types outside the eligible ones, so that about
// half the lines are excluded for one reason or another, as in a real program.
export const SKU_MIX: Weighted = [
  ['M365-E3', 35],
  ['M365-E5', 20],
  ['M365-BP', 20],
  ['AZ-CREDIT', 15],
  ['D365-SALES', 10],
];
export const LICENCE_MIX: Weighted = [
  ['Open', 40],
  ['OpenValue', 25],
  ['CSP', 30],
  ['EA', 5],
];

// Sales arrive from mid-June to mid-October, so some fall outside the Q3 period on either side.
const FIRST_RECORDED_MS = instantMs('2026-06-15T00:00:00Z');
const RECORDING_SPAN_MS = 125 * DAY_MS;
// A little over 2% of sales, since the reversals of the last fortnight are not due yet: 2% of events.
const REVERSED_SHARE = 0.024;

export type ReplayProgram = {
  /** Every registered partner (all approved), in the order statements are reported. */
  mpnIds: string[];
  /** Each event's item as DynamoDB returns it (every attribute the event store writes), in recorded order. */
  stored: EventItem[];
  /** The same events as the event store hands them out, read from those items by `eventOfItem`. */
  recorded: RecordedEvent[];
};

/**
 * `events` sale events of `partners` partners. Partner sizes are skewed (the biggest has about
 * 1% of all lines, the smallest a few), quantities are mostly small with a long tail, and about
 * 2% of the events are reversals recorded one to fourteen days after their sale.
 */
export function replayProgram(events: number, partners: number, seed = 2026): ReplayProgram {
  const random = seededRandom(seed);
  const msPerEvent = RECORDING_SPAN_MS / events;
  const pendingReversals: PendingReversal[] = [];
  const stored: EventItem[] = [];
  let sales = 0;
  while (stored.length < events) {
    const nowMs = FIRST_RECORDED_MS + Math.floor(stored.length * msPerEvent);
    const due = pendingReversals[0];
    if (due && due.dueMs <= nowMs) {
      pendingReversals.shift();
      stored.push(storedItem(reversal(due, nowMs), stored.length, 2, nowMs, due.saleHash));
      continue;
    }
    const sale = saleLine(random, sales++, partners, nowMs);
    const item = storedItem({ type: 'SaleRecorded', data: sale }, stored.length, 1, nowMs, GENESIS_HASH);
    stored.push(item);
    if (random() < REVERSED_SHARE) pendingReversals.push(reversalOf(random, sale, nowMs, item.hash.S));
  }
  return {
    mpnIds: Array.from({ length: partners }, (_, p) => benchMpnId(p)).sort(),
    stored,
    recorded: stored.map(eventOfItem),
  };
}

type Sale = Extract<DomainEvent, { type: 'SaleRecorded' }>['data'];

function saleLine(random: () => number, n: number, partners: number, nowMs: number): Sale {
  const partner = Math.floor(partners * random() ** 2);
  const quantity = random() < 0.9 ? 1 + Math.floor(random() * 10) : 10 + Math.floor(random() * 490);
  // Sold up to two weeks before it reaches us, to the second: lines arrive out of sale order.
  const soldAtMs = nowMs - Math.floor(random() * 14 * DAY_MS);
  return {
    saleId: `INV-${String(100_000_000 + n)}-01`,
    mpnId: benchMpnId(partner),
    customerId: `cust-${partner}-${Math.floor(random() * 200)}`,
    sku: pick(random, SKU_MIX),
    quantity,
    licenseType: pick(random, LICENCE_MIX),
    soldAt: canonicalInstant(new Date(soldAtMs - (soldAtMs % 1000)).toISOString()),
  };
}

type PendingReversal = { dueMs: number; sale: Sale; quantity: number; saleHash: string };

/** A credit note for part of the line, a third of the time for all of it, due a few weeks later. */
function reversalOf(random: () => number, sale: Sale, nowMs: number, saleHash: string): PendingReversal {
  const dueMs = nowMs + (1 + Math.floor(random() * 14)) * DAY_MS;
  const quantity = random() < 1 / 3 ? sale.quantity : 1 + Math.floor(random() * sale.quantity);
  return { dueMs, sale, quantity, saleHash };
}

// Reversals go out first come first served, so one may wait behind another: it is dated when sent.
const reversal = ({ sale, quantity }: PendingReversal, nowMs: number): DomainEvent => ({
  type: 'SaleReversed',
  data: {
    reversalId: 'CN-1',
    saleId: sale.saleId,
    mpnId: sale.mpnId,
    quantity,
    reversedAt: canonicalInstant(isoOf(nowMs)),
  },
});

const isoOf = (ms: number) => new Date(ms).toISOString();

type EventItem = ReturnType<typeof storedItem>;

/**
 * The item DynamoDbEventStore.appendToStream writes for the event (same attributes, and its
 * envelope's JSON with the same fields in the same order), as a query returns it.
 */
function storedItem(event: DomainEvent, n: number, version: number, recordedMs: number, prevHash: string) {
  const { stream, indexKey, ...fields } = prepareNewEvent(event);
  const recordedAt = canonicalInstant(isoOf(recordedMs));
  const json = JSON.stringify({
    eventId: eventIdOf(n),
    stream,
    version,
    ...fields,
    recordedAt,
    metadata: {
      correlationId: `sales-feed-${n}`,
      causationId: `sales-feed-${n}`,
      actor: { role: 'sales-system' },
    },
  });
  return {
    stream: { S: stream },
    version: { N: String(version) },
    type: { S: fields.type },
    recordedAt: { S: recordedAt },
    event: { S: json },
    prevHash: { S: prevHash },
    hash: { S: chainHash(prevHash, json) },
    indexKey: { S: indexKey as string },
    indexPosition: { S: `${isoOf(recordedMs)}#${stream}#${String(version).padStart(10, '0')}` },
  };
}

/** A UUID's shape and length, derived from the event's position so that runs are identical. */
const eventIdOf = (n: number) => `0b1e7a2c-5d3f-4c6e-9a8b-${n.toString(16).padStart(12, '0')}`;
