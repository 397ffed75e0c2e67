import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DynamoDBClient,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';

/**
 * One client per process, created at module scope by the handlers. Endpoints come from the
 * SDK's own configuration (AWS_ENDPOINT_URL_DYNAMODB points it at DynamoDB Local), so local
 * runs take the same code path as the cloud. Throttling is retried by the SDK with backoff.
 */
export const createDynamoDbClient = (config: DynamoDBClientConfig = {}) =>
  new DynamoDBClient({ maxAttempts: 6, ...config });

/** Creates a table unless it exists (the local runtime and the tests; the cloud has CDK). */
export async function ensureTable(client: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  try {
    await client.send(new CreateTableCommand(input));
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
}
