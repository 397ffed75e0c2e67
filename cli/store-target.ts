import { connect } from 'node:net';
import { join } from 'node:path';
import { createDynamoDbClient } from '../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../functions/adapters/dynamodb-event-store.js';
import { DynamoDbReadModels } from '../functions/adapters/dynamodb-read-models.js';
import { systemClock } from '../functions/ports/clock.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import {
  localCredentials,
  localDataFolder,
  localPorts,
  localRegion,
  localTables,
} from '../infra/local/local-config.js';

export type StoreTarget = {
  description: string;
  store: DynamoDbEventStore;
  readModels: DynamoDbReadModels;
  close(): Promise<void>;
};

export class LocalSystemRunningError extends Error {
  override readonly name = 'LocalSystemRunningError';
  constructor(port: number) {
    super(
      `The local system is running (port ${port} is in use): stop npm start first, so that its projector does not write while this command does.`,
    );
  }
}

// Whether something answers on the port: a connection, not a bind, which a wildcard listener may allow.
const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * Where the local system's DynamoDB Local answers: the running one of `npm start`, or, when it is
 * stopped, one started on its data folder for this command. A command that rewrites the read models
 * (`exclusive`) refuses to run beside `npm start`, whose stream poller would write at the same time.
 */
async function localEndpoint(exclusive: boolean): Promise<{ endpoint: string; close(): Promise<void> }> {
  const given = process.env.AWS_ENDPOINT_URL_DYNAMODB;
  if (given) return { endpoint: given, close: async () => {} };
  if (await isListening(localPorts.dynamoDb)) {
    if (exclusive) throw new LocalSystemRunningError(localPorts.dynamoDb);
    return { endpoint: `http://127.0.0.1:${localPorts.dynamoDb}`, close: async () => {} };
  }
  const dynamo = await startDynamoDbLocal({ dbPath: join(localDataFolder, 'dynamodb') });
  return { endpoint: dynamo.endpoint, close: () => dynamo.stop() };
}

/**
 * Which stores a maintenance command works on: the deployed tables named by EVENTS_TABLE and
 * READ_MODELS_TABLE (with the caller's AWS credentials), or else the local system's.
 */
export async function openStoreTarget({ exclusive }: { exclusive: boolean }): Promise<StoreTarget> {
  const { EVENTS_TABLE, READ_MODELS_TABLE } = process.env;
  if (EVENTS_TABLE) {
    const client = createDynamoDbClient();
    return {
      description: `table ${EVENTS_TABLE}`,
      store: new DynamoDbEventStore(client, EVENTS_TABLE, systemClock),
      readModels: new DynamoDbReadModels(client, READ_MODELS_TABLE ?? localTables.readModels),
      close: async () => {},
    };
  }
  // The local system runs on whatever Node the machine has; the SDK's notice about future versions is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { endpoint, close } = await localEndpoint(exclusive);
  const client = createDynamoDbClient({ endpoint, region: localRegion, credentials: localCredentials });
  return {
    description: `the local system (table ${localTables.events})`,
    store: new DynamoDbEventStore(client, localTables.events, systemClock),
    readModels: new DynamoDbReadModels(client, localTables.readModels),
    close,
  };
}
