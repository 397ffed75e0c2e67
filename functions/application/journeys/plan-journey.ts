import { DAY_MS } from '../../../domain/durations.js';
import type { JourneyPlan } from '../../../domain/journeys/journey-plan.js';
import { planOnboarding } from '../../../domain/journeys/plan-onboarding.js';
import { planRegistration } from '../../../domain/journeys/plan-registration.js';
import type { Journey } from '../../ports/workflow.js';
import type { JourneyDeps } from './journey-deps.js';
import { loadOnboardingFacts, loadRegistrationFacts } from './journey-facts.js';

// Step Functions waits (and the local executor's timers) are kept to laps of at most 20 days; a
// longer wait is a few laps, each ending in a new plan.
export const MAX_WAIT_MS = 20 * DAY_MS;

/** The journey's next step, from its events. */
export async function planJourney(deps: JourneyDeps, journey: Journey): Promise<JourneyPlan> {
  const limits = { now: deps.clock.now(), maxWaitMs: MAX_WAIT_MS };
  if (journey.kind === 'onboarding')
    return planOnboarding(await loadOnboardingFacts(deps.store, journey.mpnId), limits);
  const facts = await loadRegistrationFacts(deps.store, journey.registrationId, deps.contacts);
  return planRegistration(facts, {
    ...limits,
    reminderAfterMs: deps.policy.approvalReminderAfterMs,
    approvalLinkTtlMs: deps.policy.approvalLinkTtlMs,
  });
}
