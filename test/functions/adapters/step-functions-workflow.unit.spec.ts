import {
  ExecutionAlreadyExists,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  TaskDoesNotExist,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { StepFunctionsWorkflow } from '../../../functions/adapters/step-functions-workflow.js';
import type { StepTokens } from '../../../functions/ports/step-tokens.js';

const client = new SFNClient({ region: 'us-east-1' });
const sfn = mockClient(client);
const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:partner-journey';

/** Task tokens in memory, as the journey's waiting steps keep them. */
function tokens(initial: Record<string, string> = {}) {
  const kept = new Map(Object.entries(initial));
  const store: StepTokens = {
    save: async (key, token) => void kept.set(key, token),
    find: async (key) => kept.get(key),
    forget: async (key, token) => {
      if (kept.get(key) === token) kept.delete(key);
    },
  };
  return { store, kept };
}

beforeEach(() => sfn.reset());

describe('The workflow on Step Functions', () => {
  it('starts one execution per journey, named after it, with the journey as input', async () => {
    sfn.on(StartExecutionCommand).resolves({ executionArn: `${ARN}:onboarding-1234567` });
    await new StepFunctionsWorkflow(client, ARN, tokens().store).startJourney({
      kind: 'onboarding',
      mpnId: '1234567',
    });
    expect(sfn.commandCalls(StartExecutionCommand)[0]?.args[0].input).toEqual({
      stateMachineArn: ARN,
      name: 'onboarding-1234567',
      input: '{"journey":{"kind":"onboarding","mpnId":"1234567"}}',
    });
  });

  it('treats a journey started before as started', async () => {
    sfn.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }));
    await expect(
      new StepFunctionsWorkflow(client, ARN, tokens().store).startJourney({
        kind: 'registration',
        registrationId: 'c--1234567',
      }),
    ).resolves.toBeUndefined();
  });

  it('resumes a waiting step with the token kept for it, then forgets the token', async () => {
    const { store, kept } = tokens({ 'approval#c--1234567': 'token-1' });
    sfn.on(SendTaskSuccessCommand).resolves({});
    const resumed = await new StepFunctionsWorkflow(client, ARN, store).completeStep(
      { kind: 'approval', registrationId: 'c--1234567' },
      { decision: 'approved' },
    );
    expect(resumed).toBe(true);
    expect(sfn.commandCalls(SendTaskSuccessCommand)[0]?.args[0].input).toEqual({
      taskToken: 'token-1',
      output: '{"decision":"approved"}',
    });
    expect(kept.size).toBe(0);
  });

  it('fails a waiting step with a named error', async () => {
    sfn.on(SendTaskFailureCommand).resolves({});
    const { store } = tokens({ 'login#1234567': 'token-2' });
    await new StepFunctionsWorkflow(client, ARN, store).failStep(
      { kind: 'login', mpnId: '1234567' },
      'AccessCodeLocked',
      'locked',
    );
    expect(sfn.commandCalls(SendTaskFailureCommand)[0]?.args[0].input).toEqual({
      taskToken: 'token-2',
      error: 'AccessCodeLocked',
      cause: 'locked',
    });
  });

  it('answers false when nothing waits, or the task is gone', async () => {
    const workflow = new StepFunctionsWorkflow(client, ARN, tokens({ 'login#7654321': 'stale' }).store);
    expect(await workflow.completeStep({ kind: 'login', mpnId: '1234567' }, {})).toBe(false);
    expect(sfn.commandCalls(SendTaskSuccessCommand)).toHaveLength(0);
    sfn.on(SendTaskSuccessCommand).rejects(new TaskDoesNotExist({ message: 'gone', $metadata: {} }));
    expect(await workflow.completeStep({ kind: 'login', mpnId: '7654321' }, {})).toBe(false);
  });

  it('lets other errors through', async () => {
    sfn
      .on(SendTaskSuccessCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const workflow = new StepFunctionsWorkflow(client, ARN, tokens({ 'login#1234567': 't' }).store);
    await expect(workflow.completeStep({ kind: 'login', mpnId: '1234567' }, {})).rejects.toThrow('denied');
  });
});
