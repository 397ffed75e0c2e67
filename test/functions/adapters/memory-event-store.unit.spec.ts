import { MemoryEventStore } from '../../../functions/adapters/memory-event-store.js';
import { manualClock } from '../../../functions/ports/clock.js';
import { eventStoreContract } from './event-store-contract.js';

eventStoreContract('in memory', async () => {
  const clock = manualClock('2026-07-20T00:00:00Z');
  return { store: new MemoryEventStore(clock), setNow: clock.set };
});
