import { rebuildReadModels } from './maintenance.js';
import { LocalSystemRunningError, openStoreTarget, type StoreTarget } from './store-target.js';

/**
 * npm run rebuild: replays every event into the read models, replacing what they hold. In the
 * cloud, disable the projector's event source mapping first; locally, stop npm start (the command
 * refuses to run beside it and opens the local data itself).
 */
let target: StoreTarget;
try {
  target = await openStoreTarget({ exclusive: true });
} catch (error) {
  if (!(error instanceof LocalSystemRunningError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { description, store, readModels, close } = target;
try {
  const started = performance.now();
  const { events, items } = await rebuildReadModels(store, readModels);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Rebuilt ${items} read-model items from ${events} events of ${description} in ${seconds.toFixed(1)} s.`,
  );
} finally {
  await close();
}
