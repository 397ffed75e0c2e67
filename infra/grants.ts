import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';

/**
 * The table actions each kind of function needs, and no more: the event store reads streams and
 * the index (GetItem, Query) and appends with conditional puts (single or in a transaction).
 */
export const grantEventReads = (events: ITableV2, fn: IGrantable) =>
  events.grant(fn, 'dynamodb:GetItem', 'dynamodb:Query');

export const grantEventAppends = (events: ITableV2, fn: IGrantable) =>
  events.grant(fn, 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem');

export const grantStepTokens = (tokens: ITableV2, fn: IGrantable) =>
  tokens.grant(fn, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem');
