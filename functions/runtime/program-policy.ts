import { defaultProgramPolicy, type ProgramPolicy } from '../application/deps.js';

type Field = keyof ProgramPolicy;

/** The rules a program may set from the environment: durations in seconds, amounts in cents. */
const SETTINGS: Record<string, { field: Field; scale: number }> = {
  ACCESS_CODE_TTL_SECONDS: { field: 'accessCodeTtlMs', scale: 1000 },
  SESSION_TTL_SECONDS: { field: 'sessionTtlMs', scale: 1000 },
  APPROVAL_LINK_TTL_SECONDS: { field: 'approvalLinkTtlMs', scale: 1000 },
  APPROVAL_REMINDER_AFTER_SECONDS: { field: 'approvalReminderAfterMs', scale: 1000 },
  MINIMUM_PAYOUT_CENTS: { field: 'minimumPayoutCents', scale: 1 },
};

/** The variables that set the program's rules (the CDK app takes them from context, camel-cased). */
export const programPolicyVariables = Object.keys(SETTINGS);

/** The program's rules: incentive-rules.md's defaults, each overridable by its variable. */
export function programPolicyFrom(env: NodeJS.ProcessEnv): ProgramPolicy {
  const policy: ProgramPolicy = { ...defaultProgramPolicy };
  for (const [variable, { field, scale }] of Object.entries(SETTINGS)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0)
      throw new Error(`${variable} must be a whole number, not '${value}'`);
    (policy[field] as number) = number * scale;
  }
  return policy;
}
