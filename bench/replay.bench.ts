import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { calculateStatement } from '../domain/payouts/calculate-statement.js';
import type { Statement } from '../domain/payouts/statement.js';
import { emptyLedger, evolveLedgers, type Ledgers } from '../domain/sales/ledger.js';
import type { SaleEvent } from '../domain/sales/sale.js';
import type { RecordedEvent } from '../events/catalog.js';
import { eventOfItem } from '../functions/adapters/stored-event.js';
import { type BenchContext, runsFor, sized } from './context.js';
import { medianOf, round } from './measure.js';
import { type ReplayProgram, replayProgram, replayTerms } from './replay-program.js';
import { type SqliteBaseline, sqliteBaseline } from './replay-sqlite.js';

/**
 * Payout replay: every statement of one dollarPerSku campaign computed in-process from its sale
 * events in memory, with the domain's own fold (`evolveLedgers`) and `calculateStatement`, every
 * partner approved; and the same amounts computed by one SQL query in SQLite over the same rows.
 *
 * The headline (`seconds`, `eventsPerSecond`, `ratioToSqlite` = ours / SQLite's) starts from the
 * events in memory as the event store hands them out: RecordedEvent objects, checked against the
 * catalog when they were read. The `fromStored*` numbers start one step earlier, from each event's
 * item as DynamoDB returns it, read as the event store reads it (`eventOfItem`: `JSON.parse`, then
 * the catalog's checks), to show what reading costs. SQLite is timed on its query alone, its rows
 * loaded and indexed beforehand.
 *
 * `peakMemoryMb` is the JS heap's high-water mark during the replay above the live heap before it
 * (the events held in memory are not in it); `processPeakRssMb` is the whole process's peak RSS,
 * the events and SQLite included.
 */
export async function replayBench(ctx: BenchContext): Promise<Record<string, number>> {
  const events = sized(ctx, { tiny: 2_000, quick: 100_000, full: 1_000_000 });
  const partners = sized(ctx, { tiny: 20, quick: 1_000, full: 10_000 });
  const building = stopwatch();
  const program = replayProgram(events, partners);
  const built = building();
  const loading = stopwatch();
  const sqlite = sqliteBaseline(replayTerms, program.mpnIds, program.recorded);
  const sqliteLoadSeconds = loading();
  ctx.log(
    `  built ${events} events in ${built.toFixed(1)} s, loaded SQLite in ${sqliteLoadSeconds.toFixed(1)} s`,
  );
  try {
    const result = await medianOf(runsFor(ctx, 3), async () => measureOnce(program, sqlite));
    return {
      events,
      partners,
      ...result,
      sqliteLoadSeconds: round(sqliteLoadSeconds, 2),
      processPeakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
    };
  } finally {
    sqlite.close();
  }
}

function measureOnce(program: ReplayProgram, sqlite: SqliteBaseline): Record<string, number> {
  const events = program.stored.length;
  const jsonParseSeconds = timeOf(() => {
    for (const item of program.stored) JSON.parse(item.event?.S as string);
  });
  const readSeconds = timeOf(() => {
    for (const item of program.stored) eventOfItem(item);
  });
  const querying = stopwatch();
  const sqlAmounts = sqlite.amountsByMpnId();
  const sqliteSeconds = querying();
  const fromMemory = checked(domainReplay(program.mpnIds, program.recorded, asHandedOut), (statements) =>
    assertSameAmounts(statements, sqlAmounts),
  );
  const fromStored = checked(domainReplay(program.mpnIds, program.stored, eventOfItem), (statements) =>
    assertSameAmounts(statements, sqlAmounts),
  );
  const seconds = fromMemory.foldSeconds + fromMemory.statementsSeconds;
  const fromStoredSeconds = fromStored.foldSeconds + fromStored.statementsSeconds;
  return {
    seconds: round(seconds, 3),
    eventsPerSecond: round(events / seconds, 0),
    peakMemoryMb: fromMemory.peakHeapMb,
    sqliteSeconds: round(sqliteSeconds, 3),
    ratioToSqlite: round(seconds / sqliteSeconds, 2),
    foldSeconds: round(fromMemory.foldSeconds, 3),
    statementsSeconds: round(fromMemory.statementsSeconds, 3),
    fromStoredSeconds: round(fromStoredSeconds, 3),
    fromStoredEventsPerSecond: round(events / fromStoredSeconds, 0),
    fromStoredPeakMemoryMb: fromStored.peakHeapMb,
    fromStoredRatioToSqlite: round(fromStoredSeconds / sqliteSeconds, 2),
    jsonParseSeconds: round(jsonParseSeconds, 3),
    // What the catalog's checks add to JSON.parse in eventOfItem, timed on their own, without the fold.
    checkSeconds: round(readSeconds - jsonParseSeconds, 3),
  };
}

const asHandedOut = (event: RecordedEvent) => event;

type Timing = { foldSeconds: number; statementsSeconds: number; peakHeapMb: number };
type Replay = Timing & { statements: Statement[] };

/** Checks a replay's statements, then lets them go so they weigh on no later replay's heap. */
function checked({ statements, ...timing }: Replay, check: (statements: Statement[]) => void): Timing {
  check(statements);
  return timing;
}

/** The project's replay: every event folded into every partner's ledger, then each registration's statement. */
function domainReplay<Input>(mpnIds: string[], inputs: Input[], read: (input: Input) => RecordedEvent) {
  return replay(
    (heap) => foldAll(inputs, read, evolveLedgers, new Map() as Ledgers, heap),
    (ledgers) =>
      mpnIds.map((mpnId) =>
        calculateStatement({
          terms: replayTerms,
          mpnId,
          registrationStatus: 'approved',
          ledger: ledgers.get(mpnId) ?? emptyLedger(),
        }),
      ),
  );
}

function replay<State>(
  fold: (heap: HeapHighWater) => State,
  statementsOf: (state: State) => Statement[],
): Replay {
  const heap = heapHighWater();
  const folding = stopwatch();
  const state = fold(heap);
  const foldSeconds = folding();
  heap.sample();
  const calculating = stopwatch();
  const statements = statementsOf(state);
  const statementsSeconds = calculating();
  heap.sample();
  return { statements, foldSeconds, statementsSeconds, peakHeapMb: heap.peakMb() };
}

// Sampling the heap every 65,536 events costs nothing measurable and sees the garbage piling up.
const SAMPLE_EVERY = 0xffff;

/** Events are read one at a time, as a scan streams them, and never gathered into an array. */
function foldAll<Input, State>(
  inputs: Input[],
  read: (input: Input) => RecordedEvent,
  evolve: (state: State, event: SaleEvent) => State,
  initial: State,
  heap: HeapHighWater,
): State {
  let state = initial;
  for (let i = 0; i < inputs.length; i++) {
    state = evolve(state, read(inputs[i] as Input) as SaleEvent);
    if ((i & SAMPLE_EVERY) === 0) heap.sample();
  }
  return state;
}

/** A benchmark that compares different answers is worthless: every partner's amount must agree. */
function assertSameAmounts(statements: Statement[], sqlAmounts: Map<string, number>) {
  if (statements.length !== sqlAmounts.size) {
    throw new Error(`Replay gave ${statements.length} statements, SQLite ${sqlAmounts.size}`);
  }
  for (const { mpnId, amountCents } of statements) {
    if (sqlAmounts.get(mpnId) !== amountCents) {
      throw new Error(`Partner ${mpnId}: replay pays ${amountCents} cents, SQLite ${sqlAmounts.get(mpnId)}`);
    }
  }
}

type HeapHighWater = { sample: () => void; peakMb: () => number };

/**
 * The JS heap's high-water mark during a replay, above the live heap before it: the events held
 * in memory are not counted, the ledgers, statements and not-yet-collected parsing garbage are.
 */
function heapHighWater(): HeapHighWater {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  return {
    sample: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    peakMb: () => round((peak - before) / 2 ** 20, 0),
  };
}

let gc: (() => void) | undefined;

// The garbage left by building the events or by the previous replay would otherwise count
// against (or be collected during) the next one; bench/run.ts does not start node with --expose-gc.
function collectGarbage() {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

const stopwatch = () => {
  const started = performance.now();
  return () => (performance.now() - started) / 1000;
};

const timeOf = (fn: () => void) => {
  const elapsed = stopwatch();
  fn();
  return elapsed();
};
