import { DAY_MS } from './durations.js';
import { defaultOnboardingPolicy, type OnboardingPolicy } from './partners/policy.js';

/** The program's configurable rules: onboarding's, approvals' and payments'. */
export type ProgramPolicy = OnboardingPolicy & {
  approvalLinkTtlMs: number;
  approvalReminderAfterMs: number;
  /** Smaller amounts due carry over to a later payment run (see payouts/payment-run.ts). */
  minimumPayoutCents: number;
  /**
   * A payment run this soon after the partner's payment profile changed holds its payments for
   * finance to confirm the change (see payouts/payment-run.ts).
   */
  paymentProfileChangeHoldMs: number;
};

export const defaultProgramPolicy: ProgramPolicy = {
  ...defaultOnboardingPolicy,
  approvalLinkTtlMs: 7 * DAY_MS,
  approvalReminderAfterMs: 3 * DAY_MS,
  minimumPayoutCents: 20_000,
  paymentProfileChangeHoldMs: 7 * DAY_MS,
};
