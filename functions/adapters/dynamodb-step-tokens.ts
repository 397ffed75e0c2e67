import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { instantMs } from '../../events/instant.js';
import type { StepTokens } from '../ports/step-tokens.js';
import { journeyStepTable } from './journey-step-table.js';

const { partitionKey: STEP, timeToLiveAttribute: EXPIRES_AT } = journeyStepTable;

// Kept a day past the wait, so that a decision arriving at the last second still finds it.
const GRACE_SECONDS = 86_400;

/** The task token of each waiting step, in DynamoDB. */
export class DynamoDbStepTokens implements StepTokens {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async save(stepKey: string, taskToken: string, waitsUntil: string): Promise<void> {
    const expiresAt = Math.ceil(instantMs(waitsUntil) / 1000) + GRACE_SECONDS;
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: { [STEP]: { S: stepKey }, taskToken: { S: taskToken }, [EXPIRES_AT]: { N: String(expiresAt) } },
      }),
    );
  }

  async find(stepKey: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { [STEP]: { S: stepKey } },
        ConsistentRead: true,
      }),
    );
    return Item?.taskToken?.S;
  }

  /** Forgets a token once settled, unless the step has meanwhile started waiting with a new one. */
  async forget(stepKey: string, taskToken: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteItemCommand({
          TableName: this.tableName,
          Key: { [STEP]: { S: stepKey } },
          ConditionExpression: 'taskToken = :token',
          ExpressionAttributeValues: { ':token': { S: taskToken } },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
}
