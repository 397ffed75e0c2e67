import { addMs } from '../../../events/instant.js';
import type { WaitingStep } from '../../ports/workflow.js';
import { stepKeyOf } from '../../workflow/journeys.js';
import type { JourneyDeps } from './journey-deps.js';

/**
 * A step that waits for a person keeps its task token server-side, then looks once more whether
 * the person already acted: a login or a decision that came in before the token was kept found
 * nothing to resume, so the step resumes itself.
 */
export async function awaitPerson(
  deps: JourneyDeps,
  step: WaitingStep,
  wait: { taskToken: string; waitSeconds: number },
  alreadyDone: () => Promise<Record<string, unknown> | undefined>,
): Promise<void> {
  const waitsUntil = addMs(deps.clock.now(), wait.waitSeconds * 1000);
  await deps.stepTokens.save(stepKeyOf(step), wait.taskToken, waitsUntil);
  const outcome = await alreadyDone();
  if (outcome) await deps.workflow.completeStep(step, outcome);
}
