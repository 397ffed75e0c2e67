import { randomUUID } from 'node:crypto';
import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  paginateQuery,
  QueryCommand,
  TransactWriteItemsCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { StatementSummary } from '../../domain/payouts/statement-summary.js';
import { mapWithConcurrency } from '../application/concurrency.js';
import type { DueStatements } from '../ports/read-models.js';
import { readModelKeys } from '../read-models/targets.js';
import { sha256Hex } from '../security/sha256.js';
import { readModelTable } from './read-model-table.js';

const { partitionKey: PK, sortKey: SK } = readModelTable;
const BATCH_WRITE_LIMIT = 25;
const BATCHES_IN_FLIGHT = 8;
// Marks are spread over a few partitions, so that a burst of sales of many partners does not
// write one key more than DynamoDB's ~1,000 times a second.
const DUE_SHARDS = 8;

const dueKey = (mpnId: string) => ({
  pk: `statements-due#${Number.parseInt(sha256Hex(mpnId).slice(0, 6), 16) % DUE_SHARDS}`,
  sk: mpnId,
});

/**
 * The payout report's rows, one statement summary per registration, and the marks that say a
 * partner's summaries are due to be worked out again. A mark is written after the change it is
 * for; a summary is saved together with the removal of the mark it answers, on the condition that
 * the mark is still the one that was read: a summary worked out from older data than a newer mark
 * is never saved over it, and that mark stays until it is answered.
 */
export class DynamoDbStatementSummaries implements DueStatements {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async markDue(mpnIds: Iterable<string>): Promise<void> {
    const requests: WriteRequest[] = [...new Set(mpnIds)].map((mpnId) => {
      const key = dueKey(mpnId);
      return {
        PutRequest: {
          Item: { [PK]: { S: key.pk }, [SK]: { S: key.sk }, kind: { S: 'due' }, mark: { S: randomUUID() } },
        },
      };
    });
    const batches: WriteRequest[][] = [];
    for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT)
      batches.push(requests.slice(i, i + BATCH_WRITE_LIMIT));
    await mapWithConcurrency(batches, BATCHES_IN_FLIGHT, async (first) => {
      let batch = first;
      for (let attempt = 0; batch.length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
        const { UnprocessedItems } = await this.client.send(
          new BatchWriteItemCommand({ RequestItems: { [this.tableName]: batch } }),
        );
        batch = UnprocessedItems?.[this.tableName] ?? [];
      }
    });
  }

  async due(limit: number): Promise<{ mpnId: string; mark: string }[]> {
    const perShard = await Promise.all(
      Array.from({ length: DUE_SHARDS }, async (_, shard) => {
        const { Items } = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': PK },
            ExpressionAttributeValues: { ':pk': { S: `statements-due#${shard}` } },
            Limit: Math.ceil(limit / DUE_SHARDS),
            ConsistentRead: true,
          }),
        );
        return (Items ?? []).map((item) => ({ mpnId: item[SK]?.S as string, mark: item.mark?.S as string }));
      }),
    );
    return perShard.flat();
  }

  async save(mpnId: string, summaries: StatementSummary[], mark: string): Promise<boolean> {
    const key = dueKey(mpnId);
    try {
      await this.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            ...summaries.map((summary) => ({
              Put: { TableName: this.tableName, Item: summaryItem(summary) },
            })),
            {
              Delete: {
                TableName: this.tableName,
                Key: { [PK]: { S: key.pk }, [SK]: { S: key.sk } },
                ConditionExpression: '#mark = :mark',
                ExpressionAttributeNames: { '#mark': 'mark' },
                ExpressionAttributeValues: { ':mark': { S: mark } },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'TransactionCanceledException') return false;
      throw error;
    }
  }

  async summaries(campaignId: string): Promise<StatementSummary[]> {
    const summaries: StatementSummary[] = [];
    const { pk, sk } = readModelKeys.statementSummary(campaignId, '');
    for await (const page of paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
        ExpressionAttributeValues: { ':pk': { S: pk }, ':prefix': { S: sk } },
      },
    )) {
      for (const item of page.Items ?? []) summaries.push(JSON.parse(item.summary?.S ?? 'null'));
    }
    return summaries;
  }
}

export const summaryItem = (summary: StatementSummary) => {
  const key = readModelKeys.statementSummary(summary.campaignId, summary.mpnId);
  return {
    [PK]: { S: key.pk },
    [SK]: { S: key.sk },
    kind: { S: 'statement' },
    summary: { S: JSON.stringify(summary) },
  };
};
