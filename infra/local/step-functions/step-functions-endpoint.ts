import { createServer, type Server } from 'node:http';
import type { Logger } from '../../../functions/logging/logger.js';
import { type LocalStepFunctions, StepFunctionsError } from './local-step-functions.js';

type Body = Record<string, string | undefined>;

const executionName = (arn: string | undefined) => arn?.split(':').at(-1) ?? '';

/**
 * The Step Functions API on a local port, speaking the service's JSON 1.0 protocol
 * (`X-Amz-Target: AWSStepFunctions.<Operation>`), so that production code calls the local executor
 * through the real @aws-sdk/client-sfn, unchanged.
 */
export function createStepFunctionsEndpoint(executor: LocalStepFunctions, logger: Logger): Server {
  const operations: Record<string, (body: Body) => unknown> = {
    StartExecution: ({ name, input }) => {
      const { executionArn, startDate } = executor.startExecution(name ?? '', input ?? '{}');
      return { executionArn, startDate: startDate.getTime() / 1000 };
    },
    SendTaskSuccess: ({ taskToken, output }) => {
      executor.sendTaskSuccess(taskToken ?? '', output ?? '{}');
      return {};
    },
    SendTaskFailure: ({ taskToken, error, cause }) => {
      executor.sendTaskFailure(taskToken ?? '', error, cause);
      return {};
    },
    SendTaskHeartbeat: ({ taskToken }) => {
      executor.sendTaskHeartbeat(taskToken ?? '');
      return {};
    },
    DescribeExecution: ({ executionArn }) => {
      const record = executor.describeExecution(executionName(executionArn));
      return {
        executionArn,
        name: record.name,
        status: record.status,
        input: record.input,
        startDate: Date.parse(record.startDate) / 1000,
        ...(record.stopDate ? { stopDate: Date.parse(record.stopDate) / 1000 } : {}),
        ...(record.output ? { output: record.output } : {}),
        ...(record.error ? { error: record.error, cause: record.cause } : {}),
      };
    },
  };

  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(JSON.stringify(body));
      };
      const operation = String(request.headers['x-amz-target'] ?? '').replace(/^AWSStepFunctions\./, '');
      const run = operations[operation];
      if (!run)
        return answer(400, {
          __type: 'UnknownOperationException',
          message: `${operation} is not served locally`,
        });
      try {
        answer(200, run(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Body));
      } catch (error) {
        if (error instanceof StepFunctionsError)
          return answer(400, { __type: error.name, message: error.message });
        logger.error('The local Step Functions endpoint failed', { operation, error });
        answer(500, { __type: 'InternalFailure', message: 'The local executor failed; see its log.' });
      }
    });
  });
}
