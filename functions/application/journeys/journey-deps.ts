import type { StepTokens } from '../../ports/step-tokens.js';
import type { Workflow } from '../../ports/workflow.js';
import type { AppDeps, EmailDeps } from '../deps.js';

/** Who the program's emails go to, besides partners. */
export type ProgramContacts = {
  approverEmails: string[];
  financeEmails: string[];
  programTeamEmails: string[];
};

/** What the journey's steps work with. */
export type JourneyDeps = AppDeps &
  EmailDeps & {
    workflow: Workflow;
    stepTokens: StepTokens;
    contacts: ProgramContacts;
  };

export const journeyMetadata = (journey: string, step: string) => ({
  correlationId: journey,
  causationId: `${journey}:${step}`,
  actor: { role: 'system' as const, id: 'partner-journey' },
});
