import { defaultProgramPolicy, type ProgramPolicy } from '../../domain/program-policy.js';
import { eventTable } from '../adapters/event-table.js';

type Field = keyof ProgramPolicy;

const HOUR = 3600;

/**
 * The rules a program may set from the environment: durations in seconds, amounts in cents, each
 * within bounds. Links and reminders of less than an hour would flood approvers; an approval link
 * is found through the record of the append that made it, kept as long as idempotency records. A
 * hold of 0 after a change of the payment profile turns that hold off.
 */
const SETTINGS: Record<string, { field: Field; scale: number; min: number; max?: number }> = {
  ACCESS_CODE_TTL_SECONDS: { field: 'accessCodeTtlMs', scale: 1000, min: 60 },
  SESSION_TTL_SECONDS: { field: 'sessionTtlMs', scale: 1000, min: 60 },
  APPROVAL_LINK_TTL_SECONDS: {
    field: 'approvalLinkTtlMs',
    scale: 1000,
    min: HOUR,
    max: eventTable.idempotencyTtlSeconds,
  },
  APPROVAL_REMINDER_AFTER_SECONDS: { field: 'approvalReminderAfterMs', scale: 1000, min: HOUR },
  MINIMUM_PAYOUT_CENTS: { field: 'minimumPayoutCents', scale: 1, min: 0 },
  PAYMENT_PROFILE_CHANGE_HOLD_SECONDS: { field: 'paymentProfileChangeHoldMs', scale: 1000, min: 0 },
};

/** The variables that set the program's rules (the CDK app takes them from context, camel-cased). */
export const programPolicyVariables = Object.keys(SETTINGS);

/**
 * The program's rules: docs/incentive-rules.md's defaults, each overridable by its variable. `nameOf`
 * says how the one who set a variable calls it, for the error.
 */
export function programPolicyFrom(
  env: NodeJS.ProcessEnv,
  nameOf: (variable: string) => string = (variable) => variable,
): ProgramPolicy {
  const policy: ProgramPolicy = { ...defaultProgramPolicy };
  for (const [variable, { field, scale, min, max }] of Object.entries(SETTINGS)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || (max !== undefined && number > max)) {
      const bounds = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
      throw new Error(`${nameOf(variable)} must be a whole number ${bounds}, not '${value}'`);
    }
    (policy[field] as number) = number * scale;
  }
  return policy;
}
