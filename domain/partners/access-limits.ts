import { addMs, canonicalInstant, instantMs } from '../../events/instant.js';
import { HOUR_MS, MINUTE_MS } from '../durations.js';

/** At most `max` uses in any fixed window of `windowMs` (windows start at multiples of it). */
export type UsageLimit = { max: number; windowMs: number };

/**
 * What a stranger may do before being told to wait. Each limit is keyed on what the requester
 * controls (where it calls from, the address it gives), never on the partner alone, so that no
 * one can spend someone else's allowance (docs/incentive-rules.md, "Partners and access codes").
 */
export type AccessLimits = {
  /** Sign-ups (first or again) from one source address. */
  signUpsPerSource: UsageLimit;
  /** Sign-ups giving one contact email address: each would email a code there. */
  signUpsPerEmail: UsageLimit;
  /** Logins tried from one source address on one MPN ID. */
  loginsPerSourceAndPartner: UsageLimit;
  /** Logins tried from one source address on any MPN ID. */
  loginsPerSource: UsageLimit;
};

export const defaultAccessLimits: AccessLimits = {
  signUpsPerSource: { max: 10, windowMs: HOUR_MS },
  signUpsPerEmail: { max: 3, windowMs: HOUR_MS },
  loginsPerSourceAndPartner: { max: 10, windowMs: 15 * MINUTE_MS },
  loginsPerSource: { max: 100, windowMs: HOUR_MS },
};

/** The window of a limit that holds `now`: a use is counted under it until it ends. */
export function windowOf(limit: UsageLimit, now: string): { startsAt: string; endsAt: string } {
  const startMs = Math.floor(instantMs(now) / limit.windowMs) * limit.windowMs;
  const startsAt = canonicalInstant(new Date(startMs).toISOString());
  return { startsAt, endsAt: addMs(startsAt, limit.windowMs) };
}

/** Whole seconds until a window ends: how long to wait past its limit (at least 1). */
export const secondsUntilEnd = (endsAt: string, now: string) =>
  Math.max(1, Math.ceil((instantMs(endsAt) - instantMs(now)) / 1000));
