import { secondsUntilEnd, type UsageLimit, windowOf } from '../../domain/partners/access-limits.js';
import type { Clock } from '../ports/clock.js';
import type { UsageCounters } from '../ports/usage-counters.js';

/**
 * Counts one use against each limit (all of them, so that an over-limit requester keeps paying)
 * and answers how long to wait when any is past its maximum.
 */
export async function overLimit(
  { counters, clock }: { counters: UsageCounters; clock: Clock },
  uses: readonly (readonly [key: string, limit: UsageLimit])[],
): Promise<{ retryAfterSeconds: number } | undefined> {
  const now = clock.now();
  const waits = await Promise.all(
    uses.map(async ([key, limit]) => {
      const window = windowOf(limit, now);
      const count = await counters.add(key, window.endsAt);
      return count > limit.max ? secondsUntilEnd(window.endsAt, now) : 0;
    }),
  );
  const longest = Math.max(0, ...waits);
  return longest > 0 ? { retryAfterSeconds: longest } : undefined;
}
