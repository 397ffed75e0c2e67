import type { Journey, WaitingStep, Workflow } from '../../functions/ports/workflow.js';

/** The workflow port in memory: it records what handlers asked of it. */
export class FakeWorkflow implements Workflow {
  readonly started: Journey[] = [];
  readonly completed: { step: WaitingStep; output: Record<string, unknown> }[] = [];
  readonly failed: { step: WaitingStep; error: string }[] = [];

  async startJourney(journey: Journey): Promise<void> {
    this.started.push(journey);
  }

  async completeStep(step: WaitingStep, output: Record<string, unknown>): Promise<boolean> {
    this.completed.push({ step, output });
    return true;
  }

  async failStep(step: WaitingStep, error: string): Promise<boolean> {
    this.failed.push({ step, error });
    return true;
  }
}
