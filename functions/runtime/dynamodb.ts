import { createDynamoDbClient } from '../adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../adapters/dynamodb-event-store.js';
import { DynamoDbReadModels } from '../adapters/dynamodb-read-models.js';
import { DynamoDbStepTokens } from '../adapters/dynamodb-step-tokens.js';
import { DynamoDbUsageCounters } from '../adapters/dynamodb-usage-counters.js';
import { requiredEnv } from '../config.js';
import { systemClock } from '../ports/clock.js';
import { lazy } from './lazy.js';

/** The DynamoDB side of every function: the client, the event store, the read models, the step tokens. */
export const dynamoDb = lazy(() => createDynamoDbClient());
export const eventStore = lazy(
  () => new DynamoDbEventStore(dynamoDb(), requiredEnv('EVENTS_TABLE'), systemClock),
);
export const readModels = lazy(() => new DynamoDbReadModels(dynamoDb(), requiredEnv('READ_MODELS_TABLE')));
export const stepTokens = lazy(() => new DynamoDbStepTokens(dynamoDb(), requiredEnv('JOURNEY_STEPS_TABLE')));
export const usageCounters = lazy(
  () => new DynamoDbUsageCounters(dynamoDb(), requiredEnv('USAGE_COUNTERS_TABLE')),
);

/** The event store, for a route that reads or appends (their grants differ, the adapter does not). */
export const storeProvider = () => ({ store: eventStore() });

export const readModelsProvider = () => ({ readModels: readModels() });

export const usageCountersProvider = () => ({ counters: usageCounters() });
