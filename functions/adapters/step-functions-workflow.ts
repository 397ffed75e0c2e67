import {
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { StepTokens } from '../ports/step-tokens.js';
import type { Journey, WaitingStep, Workflow } from '../ports/workflow.js';
import { executionNameOf, type JourneyInput, stepKeyOf } from '../workflow/journeys.js';

// A token that no longer names a waiting task: settled already, timed out, or from a stopped execution.
const GONE = new Set(['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken']);

/**
 * The workflow port on Step Functions: journeys are executions of the partner journey state
 * machine, and waiting steps are `.waitForTaskToken` tasks whose tokens are kept server-side.
 * Locally the same client talks to the local executor's endpoint (AWS_ENDPOINT_URL_SFN).
 */
export class StepFunctionsWorkflow implements Workflow {
  constructor(
    private readonly sfn: SFNClient,
    private readonly stateMachineArn: string,
    private readonly tokens: StepTokens,
  ) {}

  async startJourney(journey: Journey): Promise<void> {
    const input: JourneyInput = { journey };
    try {
      await this.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: executionNameOf(journey),
          input: JSON.stringify(input),
        }),
      );
    } catch (error) {
      // The journey was started before (it may be running or over): starting is idempotent.
      if ((error as Error).name !== 'ExecutionAlreadyExists') throw error;
    }
  }

  completeStep(step: WaitingStep, output: Record<string, unknown>): Promise<boolean> {
    return this.settle(
      step,
      (taskToken) => new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }),
    );
  }

  failStep(step: WaitingStep, error: string, cause: string): Promise<boolean> {
    return this.settle(step, (taskToken) => new SendTaskFailureCommand({ taskToken, error, cause }));
  }

  private async settle(
    step: WaitingStep,
    command: (taskToken: string) => SendTaskSuccessCommand | SendTaskFailureCommand,
  ): Promise<boolean> {
    const key = stepKeyOf(step);
    const taskToken = await this.tokens.find(key);
    if (!taskToken) return false;
    try {
      await this.sfn.send(command(taskToken) as SendTaskSuccessCommand);
      return true;
    } catch (error) {
      if (!GONE.has((error as Error).name)) throw error;
      return false;
    } finally {
      await this.tokens.forget(key, taskToken);
    }
  }
}

export const createSfnClient = () => new SFNClient({ maxAttempts: 6 });
