import type { AddressInfo } from 'node:net';
import {
  DescribeExecutionCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../functions/logging/logger.js';
import { memoryExecutions } from '../../../infra/local/step-functions/execution-registry.js';
import { LocalStepFunctions } from '../../../infra/local/step-functions/local-step-functions.js';
import { createStepFunctionsEndpoint } from '../../../infra/local/step-functions/step-functions-endpoint.js';

const ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:test';

/** A state machine with one callback task, whose Lambda records the token it was given. */
const tokens: string[] = [];
const executor = new LocalStepFunctions({
  definition: {
    StartAt: 'Wait',
    States: {
      Wait: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: {
          FunctionName: 'waiter',
          Payload: { 'taskToken.$': '$$.Task.Token', 'seconds.$': '$.seconds' },
        },
        TimeoutSecondsPath: '$.seconds',
        End: true,
      },
    },
  },
  stateMachineArn: ARN,
  steps: { Wait: async (payload) => void tokens.push((payload as { taskToken: string }).taskToken) },
  executions: memoryExecutions(),
  logger: createLogger(),
});
const server = createStepFunctionsEndpoint(executor, createLogger());
let sfn: SFNClient;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sfn = new SFNClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
});
afterAll(async () => {
  await executor.stop();
  await new Promise((resolve) => server.close(resolve));
});

describe('The local Step Functions endpoint, called by the real SDK client', () => {
  it('starts an execution once: the same name and input again is the same execution, other input is refused', async () => {
    const start = (input: string) =>
      sfn.send(new StartExecutionCommand({ stateMachineArn: ARN, name: 'run-1', input }));
    const first = await start('{"seconds":60}');
    expect((await start('{"seconds":60}')).executionArn).toBe(first.executionArn);
    await expect(start('{"seconds":61}')).rejects.toMatchObject({ name: 'ExecutionAlreadyExists' });
  });

  it('resumes a waiting task with its token, and the execution ends with that output', async () => {
    await sfn.send(
      new StartExecutionCommand({ stateMachineArn: ARN, name: 'run-2', input: '{"seconds":60}' }),
    );
    const token = tokens.at(-1) as string;
    await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"done":true}' }));
    expect(await executor.finished('run-2')).toMatchObject({ status: 'SUCCEEDED', output: '{"done":true}' });
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: executor.arnOf('run-2') }));
    expect(described).toMatchObject({ status: 'SUCCEEDED', name: 'run-2' });
    await expect(
      sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' })),
    ).rejects.toMatchObject({
      name: 'TaskDoesNotExist',
    });
  });

  it('times a waiting task out after the seconds its input names', async () => {
    await sfn.send(
      new StartExecutionCommand({ stateMachineArn: ARN, name: 'run-3', input: '{"seconds":1}' }),
    );
    expect(await executor.finished('run-3')).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
  });
});
