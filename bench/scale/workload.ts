import { DAY_MS, HOUR_MS } from '../../domain/durations.js';
import { CampaignTerms } from '../../events/campaign-terms.js';
import { canonicalInstant, instantMs } from '../../events/instant.js';
import type { SaleLine } from '../../events/sales.js';
import type { BenchSize } from '../context.js';
import { LICENCE_MIX, pick, SKU_MIX, seededRandom } from '../replay-program.js';
import { benchMpnId } from '../seed.js';

/**
 * The program at scale (issue 17): approved partners registered in two campaigns of one quarter,
 * their sales in that quarter skewed as real channels are, three times as many sales in the year
 * before (their lifetime history), 2 % of all lines reversed, and a few payouts issued before some
 * of their sales were reversed. Everything comes from seeded generators: every run sees the same
 * program, and a partner's sales do not depend on the size of the others'.
 */

const PERIOD = { start: '2026-07-01T00:00:00Z', end: '2026-10-01T00:00:00Z' };
const HISTORY_START = '2025-07-01T00:00:00Z';
const HISTORY_FACTOR = 3;
const REVERSED_SHARE = 0.02;

/** When partners signed up and registered, and when finance closed, scheduled and paid. */
export const scaleCalendar = {
  published: '2026-06-01T00:00:00Z',
  signedUp: '2026-06-05T00:00:00Z',
  paymentProfiles: '2026-06-10T00:00:00Z',
  registered: '2026-06-20T00:00:00Z',
  /** The past instant of the as-of statement: half way through the period. */
  midPeriod: '2026-08-15T12:00:00Z',
  closed: '2026-10-20T00:00:00Z',
  scheduled: '2026-10-25T00:00:00Z',
  issued: '2026-10-28T00:00:00Z',
  /** The reversals of a paid partner's lines in the period come in the days after this. */
  reversedAfterPayment: '2026-11-02T00:00:00Z',
  /** After everything above: the reads' "now". */
  now: '2026-11-15T00:00:00Z',
};

const campaign = (input: unknown, termsText: string) => ({ terms: CampaignTerms.parse(input), termsText });

/** Every rule decides some partner's amount: the minimum, the unit cap and the payout cap. */
export const dollarCampaign = campaign(
  {
    campaignId: 'scale-q3-per-sku',
    name: 'Q3 cash back per SKU',
    type: 'dollarPerSku',
    currency: 'CAD',
    period: PERIOD,
    registrationDeadline: '2026-08-15T00:00:00Z',
    eligibleLicenseTypes: ['Open', 'OpenValue'],
    minUnitsPerSale: 2,
    minUnitsPerPartner: 50,
    rateCard: [
      { sku: 'M365-E5', amountCents: 4_000 },
      { sku: 'M365-E3', amountCents: 1_000 },
      { sku: 'D365-SALES', amountCents: 12_000 },
    ],
    maxUnitsPerPartner: 20_000,
    maxPayoutCentsPerPartner: 40_000_000,
  },
  'Q3 cash back: CAD 40 per M365-E5, 10 per M365-E3 and 120 per D365-SALES unit sold under Open or OpenValue.',
);

/** New customers in the quarter, against each partner's year of history. */
export const frequencyCampaign = campaign(
  {
    campaignId: 'scale-q3-new-customers',
    name: 'Q3 new customers',
    type: 'frequency',
    currency: 'CAD',
    period: PERIOD,
    registrationDeadline: '2026-08-15T00:00:00Z',
    metric: 'newCustomers',
    eligibleSkus: ['M365-E5', 'M365-E3', 'M365-BP'],
    tiers: [
      { threshold: 5, amountCents: 50_000 },
      { threshold: 20, amountCents: 250_000 },
      { threshold: 50, amountCents: 750_000 },
    ],
  },
  'Q3 new customers: CAD 500 for 5 new customers buying Microsoft 365, 2,500 for 20, 7,500 for 50.',
);

export const scaleCampaigns = [dollarCampaign, frequencyCampaign];

/**
 * Full size is the issue's program; quick keeps its shape (100 lines in the period per partner on
 * average, the designated partner with a hundredth of them) at a hundredth of its lines, which is
 * what fits `--quick`'s budget (see bench/README.md); tiny only shows that the code runs.
 */
const sizes: Record<BenchSize, { partners: number; lines: number }> = {
  tiny: { partners: 6, lines: 600 },
  quick: { partners: 50, lines: 5_000 },
  full: { partners: 10_000, lines: 1_000_000 },
};

export type ScaleWorkload = {
  partners: number;
  /** Sale lines dated in the campaigns' period, all partners together. */
  lines: number;
  /** Lines in the period of each partner, by index, and how many of them the partners before it have. */
  linesOf: number[];
  linesBefore: number[];
  /** The partner whose statement is measured: a hundredth of the lines in the period, three times as many before. */
  designated: number;
  /** The partners whose per-SKU payout is closed, scheduled and issued (some then see reversals). */
  paid: number[];
};

export const scaleMpnId = benchMpnId;

export function scaleWorkload(size: BenchSize): ScaleWorkload {
  const { partners, lines } = sizes[size];
  const designated = 0;
  const payouts = Math.max(2, Math.floor(partners / 100));
  const step = Math.floor((partners - 1) / (payouts - 1));
  const linesOf = [lines / 100, ...skewedCounts(partners - 1, lines - lines / 100)];
  let sum = 0;
  return {
    partners,
    lines,
    linesOf,
    linesBefore: linesOf.map((count) => {
      sum += count;
      return sum - count;
    }),
    designated,
    paid: [designated, ...Array.from({ length: payouts - 1 }, (_, i) => 1 + i * step)],
  };
}

/**
 * `total` lines over `partners`: the partner of rank r has a share 1 / (r + 2), each at least one
 * line. At full size the largest have tens of thousands of lines and most have tens. Ranks are
 * shuffled, so that the largest partners are not the first ones seeded.
 */
function skewedCounts(partners: number, total: number): number[] {
  const weights = Array.from({ length: partners }, (_, rank) => 1 / (rank + 2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shared = total - partners;
  const exact = weights.map((w) => (shared * w) / sum);
  const counts = exact.map((x) => 1 + Math.floor(x));
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] as number) + 1;
  }
  const random = seededRandom(17);
  for (let i = counts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [counts[i], counts[j]] = [counts[j] as number, counts[i] as number];
  }
  return counts;
}

type Reversal = { reversalId: string; saleId: string; mpnId: string; quantity: number; reversedAt: string };

/** One sale's stream as the sales system fed it: the line, recorded after it was sold, and maybe its reversal. */
export type SaleStream = {
  inPeriod: boolean;
  sale: SaleLine;
  recordedAt: string;
  reversal?: Reversal;
};

const PERIOD_START_MS = instantMs(PERIOD.start);
const PERIOD_MS = instantMs(PERIOD.end) - PERIOD_START_MS;
const HISTORY_START_MS = instantMs(HISTORY_START);
const HISTORY_MS = PERIOD_START_MS - HISTORY_START_MS;

// Invoice numbers grow with time: every line of the year before has a lower one than any line of
// the period, so the streams of the period's lines (`sale-INV-2…`) sort after the others'.
const HISTORY_NUMBERS = 10_000_000;
const PERIOD_NUMBERS = 20_000_000;

/** The first sale stream of a line dated in the period: every stream from here on is one. */
export const firstPeriodSaleStream = `sale-INV-${PERIOD_NUMBERS}`;

const isoAt = (ms: number) => canonicalInstant(new Date(ms - (ms % 1000)).toISOString());

/** A partner's sales, the year before the period first, each stream in the order it was recorded. */
export function* salesOf(workload: ScaleWorkload, p: number): Generator<SaleStream> {
  const random = seededRandom(2026 * 100_003 + p);
  const mpnId = scaleMpnId(p);
  const inPeriod = workload.linesOf[p] as number;
  const before = HISTORY_FACTOR * inPeriod;
  const firstInPeriod = workload.linesBefore[p] as number;
  const paid = workload.paid.includes(p);
  // Customers buy again: about two lines a customer, so that some are new in the period and some not.
  const customers = Math.max(3, Math.ceil((before + inPeriod) / 2));
  for (let k = 0; k < before + inPeriod; k++) {
    const period = k >= before;
    const soldAtMs = period
      ? PERIOD_START_MS + Math.floor(random() * PERIOD_MS)
      : HISTORY_START_MS + Math.floor(random() * HISTORY_MS);
    const number = period
      ? PERIOD_NUMBERS + firstInPeriod + (k - before)
      : HISTORY_NUMBERS + HISTORY_FACTOR * firstInPeriod + k;
    const quantity = random() < 0.9 ? 1 + Math.floor(random() * 10) : 10 + Math.floor(random() * 490);
    const sale: SaleLine = {
      saleId: `INV-${number}`,
      mpnId,
      customerId: `cust-${mpnId}-${Math.floor(random() * customers)}`,
      sku: pick(random, SKU_MIX),
      quantity,
      licenseType: pick(random, LICENCE_MIX),
      soldAt: isoAt(soldAtMs),
    };
    // The sales system sends a line an hour to three days after the sale.
    const recordedAt = isoAt(soldAtMs + HOUR_MS + Math.floor(random() * 3 * DAY_MS));
    // A paid partner's lines of the period are reversed after its payment, one in 50 of them, so
    // that its statement claws back what was paid at every size.
    const afterPayment = paid && period;
    const reversed = afterPayment ? (k - before) % 50 === 49 : random() < REVERSED_SHARE;
    if (!reversed) {
      yield { inPeriod: period, sale, recordedAt };
      continue;
    }
    const reversedAtMs = afterPayment
      ? instantMs(scaleCalendar.reversedAfterPayment) + Math.floor(random() * 5 * DAY_MS)
      : instantMs(recordedAt) + (1 + Math.floor(random() * 30)) * DAY_MS;
    yield {
      inPeriod: period,
      sale,
      recordedAt,
      reversal: {
        reversalId: `CN-${number}`,
        saleId: sale.saleId,
        mpnId,
        // A third of credit notes take back the whole line.
        quantity: random() < 1 / 3 ? quantity : 1 + Math.floor(random() * quantity),
        reversedAt: isoAt(reversedAtMs),
      },
    };
  }
}
