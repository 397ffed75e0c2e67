import { DAY_MS } from '../../domain/decider.js';
import { defaultOnboardingPolicy, type OnboardingPolicy } from '../../domain/partners/policy.js';
import type { Clock } from '../ports/clock.js';
import type { EventStore } from '../ports/event-store.js';

/** The program's configurable rules beyond onboarding. */
export type ProgramPolicy = OnboardingPolicy & {
  approvalLinkTtlMs: number;
  approvalReminderAfterMs: number;
  /** Smaller amounts due carry over to a later statement. */
  minimumPayoutCents: number;
};

export const defaultProgramPolicy: ProgramPolicy = {
  ...defaultOnboardingPolicy,
  approvalLinkTtlMs: 7 * DAY_MS,
  approvalReminderAfterMs: 3 * DAY_MS,
  minimumPayoutCents: 20_000,
};

/** What every use case works with: the store of record, the time, and the program's rules. */
export type AppDeps = { store: EventStore; clock: Clock; policy: ProgramPolicy };
