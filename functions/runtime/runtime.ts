import { DynamoDbStepTokens } from '../adapters/dynamodb-step-tokens.js';
import { readSecret } from '../adapters/secrets.js';
import { createSesClient, SesMailer } from '../adapters/ses-mailer.js';
import { createSfnClient, StepFunctionsWorkflow } from '../adapters/step-functions-workflow.js';
import type { JourneyDeps, ProgramContacts } from '../application/journeys/journey-deps.js';
import { requiredEnv } from '../config.js';
import type { ApiDeps } from '../http/api-deps.js';
import { systemClock } from '../ports/clock.js';
import { lazy } from './lazy.js';
import { dynamoDb, policy, readModels, store } from './store-runtime.js';

/**
 * The adapters a Lambda (or the local system) runs with, built from its environment on first use:
 * each function is given only the variables and permissions of what it uses.
 */
const mailer = lazy(() => new SesMailer(createSesClient(), requiredEnv('SENDER_EMAIL')));
const stepTokens = lazy(() => new DynamoDbStepTokens(dynamoDb(), requiredEnv('JOURNEY_STEPS_TABLE')));
const workflow = lazy(
  () => new StepFunctionsWorkflow(createSfnClient(), requiredEnv('STATE_MACHINE_ARN'), stepTokens()),
);

const emails = (variable: string) =>
  requiredEnv(variable)
    .split(',')
    .map((email) => email.trim())
    .filter(Boolean);

const contacts = lazy(
  (): ProgramContacts => ({
    approverEmails: emails('APPROVER_EMAILS'),
    financeEmails: emails('FINANCE_EMAILS'),
    programTeamEmails: process.env.PROGRAM_TEAM_EMAILS
      ? emails('PROGRAM_TEAM_EMAILS')
      : emails('APPROVER_EMAILS'),
  }),
);

let signingKey: Promise<string> | undefined;
// Locally the key is in the environment; in the cloud, the environment names its secret.
const sessionKey = () =>
  (signingKey ??= process.env.SESSION_SIGNING_KEY
    ? Promise.resolve(process.env.SESSION_SIGNING_KEY)
    : readSecret(requiredEnv('SESSION_SIGNING_KEY_SECRET_ARN')).catch((error) => {
        signingKey = undefined;
        throw error;
      }));

const deps: ApiDeps & JourneyDeps = {
  get store() {
    return store();
  },
  clock: systemClock,
  get policy() {
    return policy();
  },
  get readModels() {
    return readModels();
  },
  get workflow() {
    return workflow();
  },
  get mailer() {
    return mailer();
  },
  get stepTokens() {
    return stepTokens();
  },
  get contacts() {
    return contacts();
  },
  get publicBaseUrl() {
    return requiredEnv('PUBLIC_BASE_URL');
  },
  sessionKey,
};

export const runtime = (): ApiDeps & JourneyDeps => deps;
