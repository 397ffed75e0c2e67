import type { Server } from 'node:http';
import { join } from 'node:path';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createDynamoDbClient, ensureTable } from '../../functions/adapters/dynamodb-client.js';
import { eventTableCreateInput } from '../../functions/adapters/event-table.js';
import { journeyStepTableCreateInput } from '../../functions/adapters/journey-step-table.js';
import { readModelTableCreateInput } from '../../functions/adapters/read-model-table.js';
import { usageCounterTableCreateInput } from '../../functions/adapters/usage-counter-table.js';
import { routeModules } from '../../functions/http/route-table.js';
import type { Logger } from '../../functions/logging/logger.js';
import { STAFF_IDENTITY_ENV } from '../../functions/runtime/staff-identity.js';
import { consolePages } from '../../functions/web/console/pages.js';
import { gatewayRoutesOf } from '../../functions/web/page-routes.js';
import { portalPages } from '../../functions/web/portal/pages.js';
import { journeySteps } from '../../functions/workflow/journey-step-table.js';
import { createLocalApi } from './api-gateway.js';
import { assertJavaAvailable, type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.js';
import { synthesizedJourneyDefinition } from './journey-definition.js';
import { invokeLocally } from './lambda-context.js';
import {
  localContacts,
  localCredentials,
  localDataFolder,
  localPorts,
  localRegion,
  localStateMachineArn,
  localTables,
} from './local-config.js';
import { type LocalKeys, localKeys } from './local-keys.js';
import { archiveMail, restoreMail } from './mail-archive.js';
import { assertPortFree } from './ports.js';
import { seedLocalStaff } from './seed-local-staff.js';
import { startSesLocal } from './ses-local.js';
import { sendSignInCode } from './sign-in/code-email.js';
import { type LocalSignIn, startLocalSignIn } from './sign-in/sign-in-server.js';
import { fileExecutions } from './step-functions/execution-registry.js';
import { LocalStepFunctions, type StepHandler } from './step-functions/local-step-functions.js';
import { createStepFunctionsEndpoint } from './step-functions/step-functions-endpoint.js';
import { fileCheckpoints, StreamPoller } from './stream-poller.js';

export type LocalSystem = {
  apiUrl: string;
  mailUrl: string;
  /** The local stand-in for the staff's identity service. */
  signIn: LocalSignIn;
  keys: LocalKeys;
  contacts: typeof localContacts;
  dataFolder: string;
  resumedJourneys: number;
  stop(): Promise<void>;
};

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

const SUMMARIES_SWEEP_MS = 10_000;

/**
 * The whole program on a laptop, in one process: DynamoDB Local (persisted under the data folder),
 * the local SES server with its mail viewer, the synthesized state machine on the local executor
 * behind its Step Functions endpoint, the stream poller feeding the projector, and the HTTP API.
 * Every Lambda is its own handler module, configured through the environment exactly as in the
 * cloud, with the AWS SDK pointed at the emulators.
 */
export async function startLocalSystem(logger: Logger): Promise<LocalSystem> {
  const ports = localPorts;
  assertJavaAvailable();
  await assertPortFree(ports.api, 'the API', 'PORT');
  await assertPortFree(ports.ses, 'the local email server', 'SES_PORT');
  await assertPortFree(ports.stepFunctions, 'the local Step Functions endpoint', 'SFN_PORT');
  await assertPortFree(ports.signIn, 'the local staff sign-in service', 'SIGN_IN_PORT');
  const keys = localKeys(join(localDataFolder, 'keys.json'));
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse())
      await step().catch((error) => logger.error('Stopping failed', { error }));
  };

  try {
    const dynamo: DynamoDbLocal = await startDynamoDbLocal({
      port: ports.dynamoDb,
      dbPath: join(localDataFolder, 'dynamodb'),
    });
    stops.push(() => dynamo.stop());
    const ses = await startSesLocal(ports.ses);
    stops.push(() => ses.stop());
    const mailArchive = join(localDataFolder, 'mail.json');
    restoreMail(mailArchive);
    const archiving = setInterval(() => archiveMail(mailArchive), 5000).unref();
    stops.push(async () => {
      clearInterval(archiving);
      archiveMail(mailArchive);
    });

    const apiUrl = `http://127.0.0.1:${ports.api}`;
    const sfnUrl = `http://127.0.0.1:${ports.stepFunctions}`;
    const signIn = await startLocalSignIn({
      port: ports.signIn,
      consoleBaseUrl: apiUrl,
      accountsFile: join(localDataFolder, 'staff-accounts.json'),
      sendCode: (email, code) => sendSignInCode(ses.endpoint, email, code),
    });
    stops.push(() => signIn.stop());
    Object.assign(process.env, {
      AWS_REGION: localRegion,
      AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SES: ses.endpoint,
      AWS_ENDPOINT_URL_SFN: sfnUrl,
      EVENTS_TABLE: localTables.events,
      READ_MODELS_TABLE: localTables.readModels,
      JOURNEY_STEPS_TABLE: localTables.journeySteps,
      USAGE_COUNTERS_TABLE: localTables.usageCounters,
      STATE_MACHINE_ARN: localStateMachineArn,
      SENDER_EMAIL: localContacts.sender,
      APPROVER_EMAILS: localContacts.approvers,
      FINANCE_EMAILS: localContacts.finance,
      PUBLIC_BASE_URL: apiUrl,
      SESSION_SIGNING_KEY: keys.sessionSigningKey,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: signIn.endpoint,
      [STAFF_IDENTITY_ENV.issuer]: signIn.issuer,
      [STAFF_IDENTITY_ENV.signInUrl]: signIn.signInUrl,
      [STAFF_IDENTITY_ENV.clientId]: signIn.clientId,
      [STAFF_IDENTITY_ENV.userPoolId]: signIn.userPoolId,
    });
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_SESSION_TOKEN;

    const client = createDynamoDbClient({
      endpoint: dynamo.endpoint,
      region: localRegion,
      credentials: localCredentials,
    });
    await ensureTable(client, eventTableCreateInput(localTables.events));
    await ensureTable(client, readModelTableCreateInput(localTables.readModels));
    await ensureTable(client, journeyStepTableCreateInput(localTables.journeySteps));
    await ensureTable(client, usageCounterTableCreateInput(localTables.usageCounters));

    const steps = Object.fromEntries(
      Object.entries(journeySteps).map(([state, { module }]) => [
        state,
        module.handler as unknown as StepHandler,
      ]),
    );
    const executor = new LocalStepFunctions({
      definition: synthesizedJourneyDefinition(),
      stateMachineArn: localStateMachineArn,
      steps,
      executions: fileExecutions(join(localDataFolder, 'executions.json')),
      logger,
    });
    const sfnEndpoint = createStepFunctionsEndpoint(executor, logger);
    await listen(sfnEndpoint, ports.stepFunctions);
    stops.push(() => close(sfnEndpoint));
    stops.push(() => executor.stop());

    // The event table's stream has two readers, as in the cloud: the projector and the outbox.
    const streams = new DynamoDBStreamsClient({
      endpoint: dynamo.endpoint,
      region: localRegion,
      credentials: localCredentials,
    });
    const readers = {
      projector: (await import('../../functions/handlers/projector.js')).handler,
      notifier: (await import('../../functions/handlers/notifier.js')).handler,
    };
    for (const [name, handler] of Object.entries(readers)) {
      const poller = new StreamPoller({
        dynamoDb: client,
        streams,
        tableName: localTables.events,
        handler: invokeLocally<DynamoDBStreamEvent, DynamoDBBatchResponse>(name, handler),
        checkpoints: fileCheckpoints(join(localDataFolder, `${name}-checkpoints.json`)),
        onError: (error) => logger.warn(`The ${name}'s stream poller will try again`, { error }),
      });
      poller.start();
      stops.push(() => poller.stop());
    }

    // The summarizer's schedule, as EventBridge runs it in the cloud (more often: a laptop waits less).
    const summarizer = invokeLocally<unknown, unknown>(
      'summarizer',
      (await import('../../functions/handlers/summarizer.js')).handler,
    );
    const sweep = setInterval(() => {
      summarizer({}).catch((error) => logger.warn('The statement summaries sweep will try again', { error }));
    }, SUMMARIES_SWEEP_MS);
    stops.push(async () => clearInterval(sweep));

    const { handler: authorizer } = await import('../../functions/handlers/partner-authorizer.js');
    const { handler: portal } = await import('../../functions/handlers/portal.js');
    const { handler: staffConsole } = await import('../../functions/handlers/console.js');
    const api = createLocalApi({
      routes: [
        ...routeModules.map((m) => ({ route: m.route, handler: m.handler as never })),
        ...gatewayRoutesOf(portalPages).map((route) => ({ route, handler: portal as never })),
        ...gatewayRoutesOf(consolePages).map((route) => ({ route, handler: staffConsole as never })),
      ],
      authorizer: authorizer as never,
      keys,
      logger,
    });
    await listen(api, ports.api);
    stops.push(() => close(api));

    await seedLocalStaff(localContacts);

    const resumedJourneys = executor.resumeRunning();
    return {
      apiUrl,
      mailUrl: ses.endpoint,
      signIn,
      keys,
      contacts: localContacts,
      dataFolder: localDataFolder,
      resumedJourneys,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
