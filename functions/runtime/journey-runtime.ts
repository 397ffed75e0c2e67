import type { JourneyDeps, ProgramContacts } from '../application/journeys/journey-deps.js';
import { requiredEnv } from '../config.js';
import { eventStore, stepTokens } from './dynamodb.js';
import { lazy } from './lazy.js';
import { mailer } from './mailer.js';
import { programDeps } from './program.js';
import { workflow } from './workflow.js';

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

/** What the journey's step Lambdas work with, built from their environment on first use. */
export const journeyRuntime = (): JourneyDeps => ({
  ...programDeps(),
  store: eventStore(),
  mailer: mailer(),
  workflow: workflow(),
  stepTokens: stepTokens(),
  contacts: contacts(),
  publicBaseUrl: requiredEnv('PUBLIC_BASE_URL'),
});
