import { createHash } from 'node:crypto';
import type { Journey, WaitingStep } from '../ports/workflow.js';

/** What an execution of the partner journey state machine is started with. */
export type JourneyInput = { journey: Journey };

// Step Functions execution names: at most 80 letters, digits, hyphens and underscores.
const MAX_NAME = 80;

/**
 * One execution per journey, named after what it is about, so that starting it twice (a retried
 * request, a repeated sign-up) finds the one already running instead of starting another.
 */
export function executionNameOf(journey: Journey): string {
  const name =
    journey.kind === 'onboarding' ? `onboarding-${journey.mpnId}` : `registration-${journey.registrationId}`;
  if (name.length <= MAX_NAME) return name;
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return `${name.slice(0, MAX_NAME - digest.length - 1)}-${digest}`;
}

/** Where the callback token of a waiting step is kept: one waiting step per journey at a time. */
export const stepKeyOf = (step: WaitingStep) =>
  step.kind === 'login' ? `login#${step.mpnId}` : `approval#${step.registrationId}`;
