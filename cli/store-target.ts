import { createDynamoDbClient } from '../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../functions/adapters/dynamodb-event-store.js';
import { DynamoDbReadModels } from '../functions/adapters/dynamodb-read-models.js';
import { systemClock } from '../functions/ports/clock.js';
import { localCredentials, localPorts, localRegion, localTables } from '../infra/local/local-config.js';

/**
 * Which stores a maintenance command works on: the deployed tables named by EVENTS_TABLE and
 * READ_MODELS_TABLE (with the caller's AWS credentials), or else the local system's.
 */
export function storeTarget() {
  const { EVENTS_TABLE, READ_MODELS_TABLE } = process.env;
  const cloud = Boolean(EVENTS_TABLE);
  const client = cloud
    ? createDynamoDbClient()
    : createDynamoDbClient({
        endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB ?? `http://127.0.0.1:${localPorts.dynamoDb}`,
        region: localRegion,
        credentials: localCredentials,
      });
  const eventsTable = EVENTS_TABLE ?? localTables.events;
  const readModelsTable = READ_MODELS_TABLE ?? localTables.readModels;
  return {
    description: cloud ? `table ${eventsTable}` : `the local system (table ${eventsTable})`,
    store: new DynamoDbEventStore(client, eventsTable, systemClock),
    readModels: new DynamoDbReadModels(client, readModelsTable),
  };
}
