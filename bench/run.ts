import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { appendBench } from './append.bench.js';
import type { BenchContext } from './context.js';
import { machine, timed } from './measure.js';
import { rebuildBench, streamLoadBench } from './rebuild.bench.js';

/**
 * npm run bench [-- --quick] [-- --only=append,rebuild]
 * Every measurement against the real DynamoDB Local; a table on stdout, JSON in bench/results/latest.json.
 */
export const sections: Record<string, (ctx: BenchContext) => Promise<Record<string, number>>> = {
  append: appendBench,
  rebuild: rebuildBench,
  streamLoad: streamLoadBench,
};

async function main(args: string[]) {
  const size = args.includes('--quick') ? 'quick' : 'full';
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoDbLocal();
  const results: Record<string, unknown> = { date: new Date().toISOString(), size, machine: machine() };
  try {
    for (const [name, run] of Object.entries(sections)) {
      if (only && !only.includes(name)) continue;
      console.log(`${name}...`);
      const { result, seconds } = await timed(() =>
        run({ dynamoDbEndpoint: dynamo.endpoint, size, log: console.log }),
      );
      results[name] = result;
      console.log(`  done in ${seconds.toFixed(1)} s`);
    }
  } finally {
    await dynamo.stop();
  }
  console.log();
  console.log('| measure | value |');
  console.log('| --- | ---: |');
  for (const [name, values] of Object.entries(results)) {
    if (name === 'date' || name === 'size' || name === 'machine') continue;
    for (const [key, value] of Object.entries(values as Record<string, number>))
      console.log(`| ${name}.${key} | ${value} |`);
  }
  const folder = join(import.meta.dirname, 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to bench/results/latest.json`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
