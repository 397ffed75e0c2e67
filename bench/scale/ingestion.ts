import { readFileSync } from 'node:fs';
import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { defaultProgramPolicy } from '../../domain/program-policy.js';
import { ensureTable } from '../../functions/adapters/dynamodb-client.js';
import { eventTable, eventTableCreateInput } from '../../functions/adapters/event-table.js';
import { mapWithConcurrency } from '../../functions/application/concurrency.js';
import type { BatchResult } from '../../functions/application/sales-batch.js';
import * as salesRecord from '../../functions/handlers/api/sales-record.js';
import { manualClock } from '../../functions/ports/clock.js';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { type Item, itemsAppendedBy, writeUnconditionally } from '../bulk-seed.js';
import { type BenchContext, benchClient, benchMetadata, freshEventStore, sized } from '../context.js';
import { startBenchApi } from '../local-api.js';
import { percentile, round } from '../measure.js';
import { benchMpnId, benchSale } from '../seed.js';

// After every sale benchSale dates, so that none is refused as dated in the future.
const NOW = '2026-11-01T00:00:00Z';
const SENDERS = 4;
// DynamoDB's largest transaction; 2 to 8 in flight wrote alike on DynamoDB Local.
const ITEMS_PER_TRANSACTION = 100;
const TRANSACTIONS_IN_FLIGHT = 8;

type BenchClient = ReturnType<typeof benchClient>;

/**
 * Sales ingestion at the program's scale: `POST /sales` through the local gateway and the route's
 * handler to DynamoDB Local, 1,000-line batches of distinct lines from 4 senders at once, beside
 * what DynamoDB Local itself writes of the same items in the same run: plain `BatchWriteItem`
 * (its raw ceiling, but unconditional: a sale sent twice would be overwritten) and conditional
 * `TransactWriteItems` (the fastest way measured that keeps a sale recorded once). Ingestion is
 * reported as a fraction of the latter, the most it could do without giving up exactly-once.
 *
 * Each measure gets a DynamoDB Local of its own, warmed up first on another table: it slows as it
 * holds more, and its JIT is slow on its first few thousand writes. CPU time is reported beside
 * the rates (DynamoDB Local's from /proc, so on Linux only): on a shared machine it moves less
 * than the rates do.
 */
export async function measureScaleIngestion(ctx: BenchContext) {
  const linesPerBatch = sized(ctx, { tiny: 100, quick: 1_000, full: 1_000 });
  const lines = sized(ctx, { tiny: 400, quick: 4_000, full: 100_000 });
  const partners = sized(ctx, { tiny: 20, quick: 1_000, full: 10_000 });
  const warmUpLines = sized(ctx, { tiny: 100, quick: 1_000, full: 4_000 });
  const batchesFrom = (first: number, count: number) =>
    Array.from({ length: count / linesPerBatch }, (_, b) =>
      Array.from({ length: linesPerBatch }, (_, i) => scaleSale(first + b * linesPerBatch + i, partners)),
    );
  const batches = batchesFrom(0, lines);

  ctx.log(`  ${lines.toLocaleString('en')} lines through POST /sales from ${SENDERS} senders...`);
  const latenciesMs: number[] = [];
  const ingestion = await measureOnFreshDynamoDb(
    (endpoint) => ingest(endpoint, batchesFrom(lines, warmUpLines)),
    (endpoint) => ingest(endpoint, batches, latenciesMs),
  );

  // The very items the store writes for these lines, hash chain and index keys included.
  const { items } = await itemsAppendedBy(NOW, async (store) => {
    for (const batch of batches) {
      const streams = batch.map((line) => ({
        streamId: `sale-${line.saleId}`,
        events: [{ type: 'SaleRecorded' as const, data: line }],
      }));
      await store.appendToNewStreams(streams, { metadata: benchMetadata });
    }
  });
  const warmUpItems = items.slice(0, warmUpLines);
  ctx.log('  the same items with BatchWriteItem...');
  const batchWrite = await measureOnFreshDynamoDb(
    async (endpoint) => writeUnconditionally(...(await onNewTable(endpoint)), warmUpItems),
    async (endpoint) => writeUnconditionally(...(await onNewTable(endpoint)), items),
  );
  ctx.log('  and with conditional TransactWriteItems...');
  const transactWrite = await measureOnFreshDynamoDb(
    async (endpoint) => writeTransactions(...(await onNewTable(endpoint)), warmUpItems),
    async (endpoint) => writeTransactions(...(await onNewTable(endpoint)), items),
  );

  const linesPerSecond = lines / ingestion.seconds;
  const ceilingItemsPerSecond = items.length / batchWrite.seconds;
  const ceilingTransactItemsPerSecond = items.length / transactWrite.seconds;
  const perUnit = (ms: number | undefined, count: number) =>
    ms === undefined ? undefined : round(ms / count, 3);
  return {
    lines,
    senders: SENDERS,
    linesPerBatch,
    partners,
    linesPerSecond: round(linesPerSecond),
    p50BatchMs: round(percentile(latenciesMs, 50)),
    p99BatchMs: round(percentile(latenciesMs, 99)),
    ceilingItemsPerSecond: round(ceilingItemsPerSecond),
    ceilingTransactItemsPerSecond: round(ceilingTransactItemsPerSecond),
    fractionOfCeiling: round(linesPerSecond / ceilingTransactItemsPerSecond, 3),
    fractionOfBatchWriteCeiling: round(linesPerSecond / ceilingItemsPerSecond, 3),
    dynamoDbCpuMsPerLine: perUnit(ingestion.dynamoDbCpuMs, lines),
    dynamoDbCpuMsPerTransactItem: perUnit(transactWrite.dynamoDbCpuMs, items.length),
    dynamoDbCpuMsPerBatchWriteItem: perUnit(batchWrite.dynamoDbCpuMs, items.length),
    nodeCpuMsPerLine: round(ingestion.nodeCpuMs / lines, 3),
  };
}

/**
 * A sale line of a channel as it is: a third of the lines from nine very large partners, the rest
 * spread over all of them.
 */
function scaleSale(n: number, partners: number) {
  const line = benchSale(n, partners);
  return n % 3 === 0 ? { ...line, mpnId: benchMpnId(n % 9) } : line;
}

/** Sends the batches from SENDERS senders at once, each taking the next batch; every line must be new. */
async function ingest(endpoint: string, batches: readonly unknown[][], latenciesMs: number[] = []) {
  const { store } = await freshEventStore(endpoint, NOW);
  const api = await startBenchApi({ store, clock: manualClock(NOW), policy: defaultProgramPolicy }, [
    salesRecord,
  ]);
  try {
    await mapWithConcurrency(batches, SENDERS, async (lines) => {
      const started = performance.now();
      const answer = await api.call('POST', '/sales', 'salesSystem', { lines });
      latenciesMs.push(performance.now() - started);
      const { accepted, rejected } = JSON.parse(answer) as BatchResult;
      // Refused or duplicate lines would be measured as cheaper than recorded ones.
      if (accepted !== lines.length)
        throw new Error(`${accepted} of ${lines.length} lines recorded: ${JSON.stringify(rejected[0])}`);
    });
  } finally {
    await api.close();
  }
}

async function onNewTable(endpoint: string): Promise<[BenchClient, string]> {
  const client = benchClient(endpoint);
  const tableName = `bench-events-${Math.random().toString(36).slice(2, 10)}`;
  await ensureTable(client, eventTableCreateInput(tableName));
  return [client, tableName];
}

/** Writes items as new streams are started, 100 to a transaction, each put conditional. */
async function writeTransactions(client: BenchClient, tableName: string, items: readonly Item[]) {
  const transactions = Array.from({ length: Math.ceil(items.length / ITEMS_PER_TRANSACTION) }, (_, t) =>
    items.slice(t * ITEMS_PER_TRANSACTION, (t + 1) * ITEMS_PER_TRANSACTION),
  );
  await mapWithConcurrency(transactions, TRANSACTIONS_IN_FLIGHT, (transaction) =>
    client.send(
      new TransactWriteItemsCommand({
        TransactItems: transaction.map((Item) => ({
          Put: {
            TableName: tableName,
            Item,
            ConditionExpression: 'attribute_not_exists(#v)',
            ExpressionAttributeNames: { '#v': eventTable.sortKey },
          },
        })),
      }),
    ),
  );
}

/** How long `measure` takes on a DynamoDB Local of its own, once `warmUp` has run, and the CPU it costs. */
async function measureOnFreshDynamoDb(
  warmUp: (endpoint: string) => Promise<void>,
  measure: (endpoint: string) => Promise<void>,
) {
  const dynamo = await startDynamoDbLocal();
  try {
    await warmUp(dynamo.endpoint);
    const dynamoDbBefore = processCpuMs(dynamo.pid);
    const nodeBefore = process.cpuUsage();
    const started = performance.now();
    await measure(dynamo.endpoint);
    const seconds = (performance.now() - started) / 1000;
    const node = process.cpuUsage(nodeBefore);
    const dynamoDbAfter = processCpuMs(dynamo.pid);
    return {
      seconds,
      nodeCpuMs: (node.user + node.system) / 1000,
      dynamoDbCpuMs:
        dynamoDbBefore === undefined || dynamoDbAfter === undefined
          ? undefined
          : dynamoDbAfter - dynamoDbBefore,
    };
  } finally {
    await dynamo.stop();
  }
}

/** A process's CPU time so far, all threads, from Linux's /proc (in ticks of 10 ms); undefined elsewhere. */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
