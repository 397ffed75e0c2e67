import { canonicalInstant } from '../../events/instant.js';

/** Time comes from here, so that tests and the simulator can say what "now" is. */
export type Clock = { now(): string };

export const systemClock: Clock = { now: () => canonicalInstant(new Date().toISOString()) };

/** A clock that stands still until it is moved: for tests and the payout simulator. */
export function manualClock(start: string): Clock & { set(instant: string): void } {
  let current = canonicalInstant(start);
  return {
    now: () => current,
    set: (instant) => {
      current = canonicalInstant(instant);
    },
  };
}
