import type { Server } from 'node:http';
import { SFNClient } from '@aws-sdk/client-sfn';
import { inject } from 'vitest';
import type { ProgramPolicy } from '../../domain/program-policy.js';
import { ensureTable } from '../../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../../functions/adapters/dynamodb-event-store.js';
import { DynamoDbStepTokens } from '../../functions/adapters/dynamodb-step-tokens.js';
import { DynamoDbUsageCounters } from '../../functions/adapters/dynamodb-usage-counters.js';
import { journeyStepTableCreateInput } from '../../functions/adapters/journey-step-table.js';
import { SesMailer, sesClients } from '../../functions/adapters/ses-mailer.js';
import { StepFunctionsWorkflow } from '../../functions/adapters/step-functions-workflow.js';
import type { JourneyDeps } from '../../functions/application/journeys/journey-deps.js';
import { createHandler as createNotifier } from '../../functions/handlers/notifier.js';
import { createAuthorizer } from '../../functions/handlers/partner-authorizer.js';
import { routeModules } from '../../functions/http/route-table.js';
import { createLogger } from '../../functions/logging/logger.js';
import { systemClock } from '../../functions/ports/clock.js';
import { generateSigningKey } from '../../functions/security/signed-claims.js';
import { journeySteps } from '../../functions/workflow/journey-step-table.js';
import { createLocalApi } from '../../infra/local/api-gateway.js';
import { type AslDefinition, synthesizedJourneyDefinition } from '../../infra/local/journey-definition.js';
import { invokeLocally } from '../../infra/local/lambda-context.js';
import { freePort } from '../../infra/local/ports.js';
import { startSesLocal } from '../../infra/local/ses-local.js';
import {
  type ExecutionRegistry,
  fileExecutions,
  memoryExecutions,
} from '../../infra/local/step-functions/execution-registry.js';
import {
  LocalStepFunctions,
  type StepHandler,
} from '../../infra/local/step-functions/local-step-functions.js';
import { createStepFunctionsEndpoint } from '../../infra/local/step-functions/step-functions-endpoint.js';
import { type EveryRouteDeps, KEYS } from './api-harness.js';
import { localDynamoDb, uniqueTableName } from './dynamodb.js';
import { localEventStack } from './local-stack.js';
import { roomyPolicy } from './memory-program.js';

export const APPROVERS = ['approver-1@program.example', 'approver-2@program.example'];
export const FINANCE = ['finance@program.example'];

let definition: AslDefinition | undefined;
const local = { region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

export type JourneyHarnessOptions = {
  policy?: Partial<ProgramPolicy>;
  /** Replaces a step's Lambda (to make one fail). */
  stepOverrides?: Partial<Record<keyof typeof journeySteps, StepHandler>>;
  /** Keeps executions in this file, as `npm start` does; a restart reads them back from it. */
  executionsFile?: string;
};

/**
 * The whole program in-process, on the system clock: the API behind the local gateway, the
 * synthesized state machine run by the local executor behind its Step Functions endpoint, emails
 * through the local SES server, DynamoDB Local. Every port has its real adapter.
 */
export async function startJourneyHarness(options: JourneyHarnessOptions = {}) {
  const stack = await localEventStack();
  const stepTokensTable = uniqueTableName('journey-steps');
  await ensureTable(stack.client, journeyStepTableCreateInput(stepTokensTable));
  const ses = await startSesLocal();
  const logger = createLogger({ service: 'test-journey' });
  const stateMachineArn = 'arn:aws:states:us-east-1:000000000000:stateMachine:partner-journey';
  const stepTokens = new DynamoDbStepTokens(localDynamoDb(), stepTokensTable);

  const [sfnPort, apiPort] = [await freePort(), await freePort()];
  const sfnEndpoint = `http://127.0.0.1:${sfnPort}`;
  const apiBase = `http://127.0.0.1:${apiPort}`;
  const workflow = new StepFunctionsWorkflow(
    new SFNClient({ ...local, endpoint: sfnEndpoint }),
    stateMachineArn,
    stepTokens,
  );
  const key = generateSigningKey();
  const store = new DynamoDbEventStore(stack.client, stack.tableName, systemClock);
  const deps: EveryRouteDeps & JourneyDeps = {
    store,
    clock: systemClock,
    policy: { ...roomyPolicy, ...options.policy },
    readModels: stack.readModels,
    workflow,
    mailer: new SesMailer(sesClients({ ...local, endpoint: ses.endpoint }), 'program@program.example'),
    stepTokens,
    contacts: {
      approverEmails: APPROVERS,
      financeEmails: FINANCE,
      programTeamEmails: ['team@program.example'],
    },
    publicBaseUrl: apiBase,
    sessionKey: async () => key,
    counters: new DynamoDbUsageCounters(stack.client, stack.usageCountersTable),
  };
  // The outbox runs beside the journeys, as in the cloud: emails owed by commands go from it.
  const outbox = stack.streamReader(
    invokeLocally(
      'notifier',
      createNotifier(() => deps),
    ),
  );
  outbox.start();

  definition ??= synthesizedJourneyDefinition();
  const steps = Object.fromEntries(
    Object.entries(journeySteps).map(([state, { module }]) => [
      state,
      options.stepOverrides?.[state as keyof typeof journeySteps] ??
        (module.createHandler(() => deps) as unknown as StepHandler),
    ]),
  );
  const openExecutions = (): ExecutionRegistry =>
    options.executionsFile ? fileExecutions(options.executionsFile) : memoryExecutions();
  let executions = openExecutions();
  const newExecutor = () =>
    new LocalStepFunctions({
      definition: definition as AslDefinition,
      stateMachineArn,
      steps,
      executions,
      logger,
      retryIntervalMs: 10,
    });
  let executor = newExecutor();
  let sfnServer = createStepFunctionsEndpoint(executor, logger);
  await listen(sfnServer, sfnPort);
  const api = createLocalApi({
    routes: routeModules.map((m) => ({ route: m.route, handler: m.createHandler(() => deps) })),
    authorizer: createAuthorizer(() => deps),
    keys: KEYS,
    logger,
  });
  await listen(api, apiPort);

  return {
    ...stack,
    store,
    deps,
    ses,
    get executor() {
      return executor;
    },
    get executions() {
      return executions;
    },
    /**
     * Stops the executor as a shutdown would, and starts a new one that resumes what was running:
     * with an executions file, from what the file says, as a new process would.
     */
    async restartExecutor() {
      await executor.stop();
      await new Promise((resolve) => sfnServer.close(resolve));
      if (options.executionsFile) executions = openExecutions();
      executor = newExecutor();
      sfnServer = createStepFunctionsEndpoint(executor, logger);
      await listen(sfnServer, sfnPort);
      return executor.resumeRunning();
    },
    apiBase,
    dynamoDbEndpoint: inject('dynamoDbEndpoint'),
    async close() {
      await outbox.stop();
      await executor.stop();
      await Promise.all([
        new Promise((resolve) => sfnServer.close(resolve)),
        new Promise((resolve) => api.close(resolve)),
        ses.stop(),
      ]);
    },
  };
}

export type JourneyHarness = Awaited<ReturnType<typeof startJourneyHarness>>;
