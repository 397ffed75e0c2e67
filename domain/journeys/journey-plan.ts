import { instantMs } from '../../events/instant.js';

/**
 * What a partner journey does next, decided from what the events say has happened: the state
 * machine only carries out the plan and asks again. A journey restarted from scratch (a retried
 * execution, a restarted local system) therefore picks up exactly where its events left off.
 */
export type JourneyPlan =
  | { next: 'send-access-code' }
  | { next: 'await-login'; waitSeconds: number }
  | { next: 'notify'; notification: PartnerNotification }
  | { next: 'await-decision'; waitSeconds: number; send: 'request' | 'reminder' | 'nothing' }
  | { next: 'expire-registration' }
  | { next: 'wait-for-campaign-end'; wakeAt: string }
  | { next: 'compute-payout' }
  | { next: 'send-statements' }
  | { next: 'done'; outcome: JourneyOutcome };

export type PartnerNotification = 'access-code-expired' | 'registration-decision' | 'registration-expired';

export type JourneyOutcome = 'active' | 'access-code-expired' | 'rejected' | 'expired' | 'paid-out';

/** How long a journey waits at most before it looks again: long waits are done in laps. */
export type WaitLimits = { now: string; maxWaitMs: number };

/** Whole seconds from now until an instant, at least 1 and at most the lap. */
export function secondsUntil(instant: string, { now, maxWaitMs }: WaitLimits): number {
  const ms = Math.min(instantMs(instant) - instantMs(now), maxWaitMs);
  return Math.max(1, Math.ceil(ms / 1000));
}
