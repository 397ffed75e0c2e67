/**
 * Counts uses of something (sign-ups from an address, login tries on a partner, wrong tries of a
 * code) in counters that forget themselves: the limits of abuse, kept apart from the events so
 * that a flood of tries never grows a partner's stream.
 */
export interface UsageCounters {
  /** Adds one to the counter `key`, which lives until `expiresAt`; answers the count now. */
  add(key: string, expiresAt: string): Promise<number>;
}
