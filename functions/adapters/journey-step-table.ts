import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * Where waiting journey steps keep their Step Functions task tokens: never in an event, a log or
 * an email. One item per waiting step; items expire with the wait.
 */
export const journeyStepTable = { partitionKey: 'step', timeToLiveAttribute: 'expiresAt' } as const;

export const journeyStepTableCreateInput = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [{ AttributeName: journeyStepTable.partitionKey, AttributeType: 'S' }],
  KeySchema: [{ AttributeName: journeyStepTable.partitionKey, KeyType: 'HASH' }],
});
