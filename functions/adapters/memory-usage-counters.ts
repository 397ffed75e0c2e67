import type { UsageCounters } from '../ports/usage-counters.js';

/** Usage counters in memory: for unit tests and the payout simulator. */
export class MemoryUsageCounters implements UsageCounters {
  private readonly counts = new Map<string, number>();

  async add(key: string, expiresAt: string): Promise<number> {
    const counter = `${key}@${expiresAt}`;
    const count = (this.counts.get(counter) ?? 0) + 1;
    this.counts.set(counter, count);
    return count;
  }
}
