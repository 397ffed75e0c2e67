import { defaultProgramPolicy, type ProgramPolicy } from '../application/deps.js';

/** Durations of the rules a program may set, in seconds, from the environment. */
const SETTINGS = {
  ACCESS_CODE_TTL_SECONDS: 'accessCodeTtlMs',
  SESSION_TTL_SECONDS: 'sessionTtlMs',
  APPROVAL_LINK_TTL_SECONDS: 'approvalLinkTtlMs',
  APPROVAL_REMINDER_AFTER_SECONDS: 'approvalReminderAfterMs',
} as const satisfies Record<string, keyof ProgramPolicy>;

/** The program's rules: incentive-rules.md's defaults, each overridable by its variable. */
export function programPolicyFrom(env: NodeJS.ProcessEnv): ProgramPolicy {
  const policy: ProgramPolicy = { ...defaultProgramPolicy };
  for (const [variable, field] of Object.entries(SETTINGS)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds <= 0) {
      throw new Error(`${variable} must be a whole number of seconds, not '${value}'`);
    }
    policy[field] = seconds * 1000;
  }
  return policy;
}
