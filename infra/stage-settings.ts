import type { App } from 'aws-cdk-lib';
import { programPolicyFrom, programPolicyVariables } from '../functions/runtime/program-policy.js';
import type { StageSettings } from './cashback-stack.js';

/** MINIMUM_PAYOUT_CENTS is set by `-c minimumPayoutCents=10000`. */
const contextKeyOf = (variable: string) =>
  variable.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The program's rules given in context, as the functions' environment; checked before anything deploys. */
function programPolicyOf(context: (key: string) => string | undefined): Record<string, string> {
  const policy: Record<string, string> = {};
  for (const variable of programPolicyVariables) {
    const key = contextKeyOf(variable);
    const value = context(key);
    if (value === undefined) continue;
    if (!/^\d+$/.test(String(value))) throw new Error(`-c ${key} must be a whole number, not '${value}'`);
    policy[variable] = String(value);
  }
  // The functions would refuse these rules at their first start; refused here, nothing deploys.
  programPolicyFrom(policy, (variable) => `-c ${contextKeyOf(variable)}`);
  return policy;
}

/**
 * A Cognito domain prefix: lowercase letters, digits and inner hyphens, at most 63 characters, and
 * none of the words Cognito reserves.
 */
function staffSignInDomainOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const domain = String(value);
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(domain) || /aws|amazon|cognito/.test(domain))
    throw new Error(
      `-c staffSignInDomain must be lowercase letters, digits and hyphens (at most 63, not 'aws', 'amazon' or 'cognito'), not '${domain}'`,
    );
  return domain;
}

/**
 * The stage's settings from CDK context, so that a deployment is configured without code edits:
 * `npx cdk deploy -c stage=prod -c alarmEmail=oncall@example.com -c allowedOrigins=https://portal.example.com`,
 * and the program's rules: `-c minimumPayoutCents=10000`, `-c accessCodeTtlSeconds=...`, `-c sessionTtlSeconds=...`,
 * `-c approvalLinkTtlSeconds=...`, `-c approvalReminderAfterSeconds=...`, `-c paymentProfileChangeHoldSeconds=...`;
 * and the staff's sign-in domain prefix: `-c staffSignInDomain=example-staff`.
 */
export function stageSettings(app: App): StageSettings {
  const context = (key: string) => app.node.tryGetContext(key) as string | undefined;
  const origins = context('allowedOrigins');
  const bundle = context('bundleAwsSdk');
  const programPolicy = programPolicyOf(context);
  const staffSignInDomain = staffSignInDomainOf(context('staffSignInDomain'));
  return {
    stage: context('stage') ?? 'dev',
    ...(Object.keys(programPolicy).length > 0 ? { programPolicy } : {}),
    ...(context('alarmEmail') ? { alarmEmail: context('alarmEmail') as string } : {}),
    ...(origins
      ? {
          allowedOrigins: origins
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
        }
      : {}),
    ...(bundle !== undefined ? { bundleAwsSdk: String(bundle) !== 'false' } : {}),
    ...(staffSignInDomain ? { staffSignInDomain } : {}),
  };
}
