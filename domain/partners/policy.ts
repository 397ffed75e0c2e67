import { DAY_MS, HOUR_MS } from '../durations.js';

/** The onboarding rules of docs/incentive-rules.md that a program may configure. */
export type OnboardingPolicy = {
  programCountry: string;
  accessCodeTtlMs: number;
  maxFailedAttempts: number;
  maxCodesPerHour: number;
  sessionTtlMs: number;
};

export const defaultOnboardingPolicy: OnboardingPolicy = {
  programCountry: 'CA',
  accessCodeTtlMs: 7 * DAY_MS,
  maxFailedAttempts: 5,
  maxCodesPerHour: 3,
  sessionTtlMs: 8 * HOUR_MS,
};
