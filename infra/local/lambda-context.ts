import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/** The Context Lambda passes to a handler, as the local runtime invokes the same handlers. */
export function localContext(functionName: string, timeoutMs = 30_000): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export type LambdaHandler<Event, Result> = (event: Event, context: Context) => Promise<Result>;

/** A handler module's export, called as Lambda calls it. */
export const invokeLocally =
  <Event, Result>(functionName: string, handler: LambdaHandler<Event, Result>) =>
  (event: Event): Promise<Result> =>
    handler(event, localContext(functionName));
