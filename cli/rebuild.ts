import { rebuildReadModels } from './maintenance.js';
import { storeTarget } from './store-target.js';

/**
 * npm run rebuild: replays every event into the read models, replacing what they hold. Pause the
 * projector first (in the cloud, disable its event source mapping; locally, stop npm start).
 */
const { description, store, readModels } = storeTarget();
const started = performance.now();
const { events, items } = await rebuildReadModels(store, readModels);
const seconds = (performance.now() - started) / 1000;
console.log(
  `Rebuilt ${items} read-model items from ${events} events of ${description} in ${seconds.toFixed(1)} s.`,
);
