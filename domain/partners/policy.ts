import { DAY_MS, HOUR_MS } from '../durations.js';
import { type AccessLimits, defaultAccessLimits } from './access-limits.js';

/** The onboarding rules of docs/incentive-rules.md that a program may configure. */
export type OnboardingPolicy = {
  programCountry: string;
  accessCodeTtlMs: number;
  /**
   * Wrong tries a code takes, from everyone together, before it is replaced: with codes of about
   * 49.5 bits (31^10), 1,000 guesses find one with a chance of about 1 in 800 billion.
   */
  maxWrongTriesPerCode: number;
  /** New codes a partner may ask for in an hour (a locked code's replacement always goes). */
  maxCodesPerHour: number;
  sessionTtlMs: number;
  accessLimits: AccessLimits;
};

export const defaultOnboardingPolicy: OnboardingPolicy = {
  programCountry: 'CA',
  accessCodeTtlMs: 7 * DAY_MS,
  maxWrongTriesPerCode: 1000,
  maxCodesPerHour: 3,
  sessionTtlMs: 8 * HOUR_MS,
  accessLimits: defaultAccessLimits,
};
