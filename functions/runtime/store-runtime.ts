import { createDynamoDbClient } from '../adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../adapters/dynamodb-event-store.js';
import { DynamoDbReadModels } from '../adapters/dynamodb-read-models.js';
import { requiredEnv } from '../config.js';
import type { ApiDeps } from '../http/api-deps.js';
import { systemClock } from '../ports/clock.js';
import { lazy } from './lazy.js';
import { programPolicyFrom } from './program-policy.js';

/** The DynamoDB side of every function: the client, the event store, the read models, the rules. */
export const dynamoDb = lazy(() => createDynamoDbClient());
export const store = lazy(() => new DynamoDbEventStore(dynamoDb(), requiredEnv('EVENTS_TABLE'), systemClock));
export const readModels = lazy(() => new DynamoDbReadModels(dynamoDb(), requiredEnv('READ_MODELS_TABLE')));
export const policy = lazy(() => programPolicyFrom(process.env));

const notHere = (what: string): never => {
  throw new Error(`This function is built without ${what}: give its route's handler the full runtime`);
};

/**
 * The runtime of the routes that only read and append events and read the read models. It
 * leaves the SES, Step Functions and Secrets Manager clients out of their bundles (a measured
 * tenth of their size); a test checks that only such routes use it.
 */
const deps: ApiDeps = {
  get store() {
    return store();
  },
  clock: systemClock,
  get policy() {
    return policy();
  },
  get readModels() {
    return readModels();
  },
  get workflow() {
    return notHere('the workflow');
  },
  get mailer() {
    return notHere('a mailer');
  },
  sessionKey: () => notHere('the session key'),
};

export const storeRuntime = (): ApiDeps => deps;
