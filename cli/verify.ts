import { verifyEventChains } from './maintenance.js';
import { openStoreTarget } from './store-target.js';

/**
 * npm run verify: walks every stream's hash chain and lists any event that was changed, moved or
 * removed after it was recorded. Exit code 1 when the chain is broken anywhere. Locally it reads
 * beside a running npm start, or opens the local data itself when it is stopped.
 */
const { description, store, close } = await openStoreTarget({ exclusive: false });
try {
  const report = await verifyEventChains(store);
  console.log(`Checked ${report.events} events in ${report.streams} streams of ${description}.`);
  for (const { stream, version, problem, detail } of report.breaks)
    console.log(`BROKEN ${stream} v${version}: ${problem}: ${detail}`);
  console.log(
    report.breaks.length === 0 ? 'Every hash chain holds.' : `${report.breaks.length} breaks found.`,
  );
  process.exitCode = report.breaks.length === 0 ? 0 : 1;
} finally {
  await close();
}
