import { describe, expect, it } from 'vitest';
import { defaultProgramPolicy } from '../../../domain/program-policy.js';
import { MemoryEventStore } from '../../../functions/adapters/memory-event-store.js';
import { MemoryUsageCounters } from '../../../functions/adapters/memory-usage-counters.js';
import { manualClock, systemClock } from '../../../functions/ports/clock.js';
import { routeRuntime } from '../../../functions/runtime/route-runtime.js';

describe("A route's runtime", () => {
  const store = new MemoryEventStore(manualClock('2026-07-01T00:00:00Z'));

  it('gives the program’s time and rules, and what each declared use provides', () => {
    const counters = new MemoryUsageCounters();
    const deps = routeRuntime(
      { uses: ['event-store:read', 'usage-counters'] },
      { 'event-store:read': () => ({ store }), 'usage-counters': () => ({ counters }) },
    )();
    expect(deps).toEqual({ clock: systemClock, policy: defaultProgramPolicy, store, counters });
  });

  it('builds nothing until the handler first asks for it', () => {
    const asked: string[] = [];
    const deps = routeRuntime(
      { uses: ['event-store:append'] },
      {
        'event-store:append': () => {
          asked.push('store');
          return { store };
        },
      },
    );
    expect(asked).toEqual([]);
    deps();
    expect(asked).toEqual(['store']);
  });
});
