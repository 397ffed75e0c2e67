import { type DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { instantMs } from '../../events/instant.js';
import type { UsageCounters } from '../ports/usage-counters.js';
import { usageCounterTable } from './usage-counter-table.js';

const { partitionKey: COUNTER, timeToLiveAttribute: EXPIRES_AT } = usageCounterTable;

/**
 * Usage counters in DynamoDB: an atomic ADD per use, so concurrent requests each count. DynamoDB
 * deletes expired items within days, not at once: a counter past `expiresAt` starts again from 1.
 */
export class DynamoDbUsageCounters implements UsageCounters {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async add(key: string, expiresAt: string): Promise<number> {
    const expiresAtSeconds = Math.ceil(instantMs(expiresAt) / 1000);
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: { [COUNTER]: { S: `${key}@${expiresAtSeconds}` } },
        UpdateExpression: 'ADD #uses :one SET #expiresAt = :expiresAt',
        ExpressionAttributeNames: { '#uses': 'uses', '#expiresAt': EXPIRES_AT },
        ExpressionAttributeValues: { ':one': { N: '1' }, ':expiresAt': { N: String(expiresAtSeconds) } },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.uses?.N ?? 1);
  }
}
