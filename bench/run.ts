import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEntryPoint } from '../cli/entry-point.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { accessTimingBench } from './access-timing.bench.js';
import { appendBench } from './append.bench.js';
import { coldStartBench } from './cold-start.bench.js';
import { type BenchContext, dropTables } from './context.js';
import { FailedCheckError, machine, timed } from './measure.js';
import { rebuildBench, streamLoadBench } from './rebuild.bench.js';
import { replayBench } from './replay.bench.js';
import { reportBench } from './report.bench.js';
import { scaleBench } from './scale/scale.bench.js';

/**
 * npm run bench [-- --quick] [-- --only=replay,append]
 * Every measurement against the real DynamoDB Local or in-process; a table on stdout, JSON in
 * bench/results/latest.json.
 */
export const sections: Record<string, (ctx: BenchContext) => Promise<Record<string, unknown>>> = {
  replay: replayBench,
  report: reportBench,
  append: appendBench,
  rebuild: rebuildBench,
  streamLoad: streamLoadBench,
  coldStart: coldStartBench,
  accessTiming: accessTimingBench,
  scale: scaleBench,
};

type Row = Record<string, unknown>;

function printTable(results: Record<string, Row>) {
  console.log('\n| measure | value |\n| --- | ---: |');
  for (const [section, values] of Object.entries(results)) {
    for (const [key, value] of Object.entries(values)) {
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        console.log(`| ${section}.${key} | ${value} |`);
      }
    }
  }
  const bundles = results.coldStart?.bundles as Row[] | undefined;
  if (bundles?.length) {
    const columns = Object.keys(bundles[0] as Row);
    console.log(`\n| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`);
    for (const bundle of bundles) console.log(`| ${columns.map((c) => String(bundle[c])).join(' | ')} |`);
  }
}

async function main(args: string[]) {
  const size = args.includes('--quick') ? 'quick' : 'full';
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.LOG_LEVEL ??= 'silent';
  const results: Record<string, Row> = {};
  // At full size each section gets a DynamoDB Local of its own, so that none pays for another's data
  // or JIT. Quick runs share one (each section's tables dropped after it), which spares each section
  // a JVM start and warm-up: several seconds of CPU.
  const shared = size === 'quick' ? await startDynamoDbLocal() : undefined;
  for (const [name, run] of Object.entries(sections)) {
    if (only && !only.includes(name)) continue;
    console.log(`${name}...`);
    const dynamo = shared ?? (await startDynamoDbLocal());
    try {
      const { result, seconds } = await timed(() =>
        run({ dynamoDbEndpoint: dynamo.endpoint, size, log: console.log }),
      );
      results[name] = result;
      console.log(`  done in ${seconds.toFixed(1)} s`);
    } catch (error) {
      // The other sections still run; the numbers of a section that failed its check are kept beside why.
      console.error(`  failed: ${(error as Error).message}`);
      results[name] = { ...(error instanceof FailedCheckError ? error.measured : {}), failed: String(error) };
      process.exitCode = 1;
    } finally {
      await (shared ? dropTables(shared.endpoint) : dynamo.stop());
    }
  }
  await shared?.stop();
  printTable(results);
  const { coldStart, ...rest } = results;
  const { bundles, ...coldStartRest } = coldStart ?? {};
  const file = {
    date: new Date().toISOString(),
    size,
    machine: machine(),
    ...rest,
    ...(coldStart ? { coldStart: coldStartRest, bundles } : {}),
  };
  const folder = join(import.meta.dirname, 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'latest.json'), `${JSON.stringify(file, null, 2)}\n`);
  console.log('\nWritten to bench/results/latest.json');
}

if (isEntryPoint(import.meta.url)) await main(process.argv.slice(2));
