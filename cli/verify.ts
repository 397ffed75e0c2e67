import { parseArgs } from 'node:util';
import { Instant } from '../events/instant.js';
import { verifyEventChains } from './maintenance.js';
import { openStoreTarget } from './store-target.js';

/**
 * npm run verify [-- --as-of <instant>]: walks every stream's hash chain and lists any event that
 * was changed, moved or removed after it was recorded (exit code 1 when the chain is broken
 * anywhere), and prints the fingerprint of the history recorded by the instant (now by default).
 * Written down at a payment run, the same command run later with that instant must print it again.
 * Locally it reads beside a running npm start, or opens the local data itself when it is stopped.
 */
const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
const asOf = values['as-of'] === undefined ? undefined : Instant.safeParse(values['as-of']);
if (asOf && !asOf.success) {
  console.error(
    `--as-of must be an ISO 8601 UTC instant such as 2026-11-30T00:00:00Z, not '${values['as-of']}'.`,
  );
  process.exit(2);
}
const { description, store, close } = await openStoreTarget({ exclusive: false });
try {
  const report = await verifyEventChains(store, asOf?.data);
  console.log(`Checked ${report.events} events in ${report.streams} streams of ${description}.`);
  for (const { stream, version, problem, detail } of report.breaks)
    console.log(`BROKEN ${stream} v${version}: ${problem}: ${detail}`);
  console.log(
    report.breaks.length === 0 ? 'Every hash chain holds.' : `${report.breaks.length} breaks found.`,
  );
  console.log(`Fingerprint of the history recorded by ${report.asOf}: ${report.fingerprint}`);
  process.exitCode = report.breaks.length === 0 ? 0 : 1;
} finally {
  await close();
}
