import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { eventTable } from '../functions/adapters/event-table.js';

/** Table actions on the table and, for queries, the one index the event store reads. */
function allow(table: ITableV2, grantee: IGrantable, actions: string[], index?: string) {
  const resources = [table.tableArn, ...(index ? [`${table.tableArn}/index/${index}`] : [])];
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ effect: Effect.ALLOW, actions: actions.map((a) => `dynamodb:${a}`), resources }),
  );
}

/**
 * The table actions each kind of function needs, and no more: the event store reads streams and
 * its index (GetItem, Query) and appends with conditional puts (single or in a transaction).
 */
export const grantEventReads = (events: ITableV2, fn: IGrantable) =>
  allow(events, fn, ['GetItem', 'Query'], eventTable.index.name);

export const grantEventAppends = (events: ITableV2, fn: IGrantable) =>
  allow(events, fn, ['GetItem', 'Query', 'PutItem'], eventTable.index.name);

export const grantStepTokens = (tokens: ITableV2, fn: IGrantable) =>
  allow(tokens, fn, ['GetItem', 'PutItem', 'DeleteItem']);

export const grantReadModelReads = (readModels: ITableV2, fn: IGrantable) =>
  allow(readModels, fn, ['GetItem', 'Query']);

/**
 * What the projector and the summarizer do to the read models: views put one at a time, ledger
 * pages read and put in batches and transactions, marks written in batches and removed when
 * answered, summaries and pages queried.
 */
export const grantReadModelWrites = (readModels: ITableV2, fn: IGrantable) =>
  allow(readModels, fn, [
    'GetItem',
    'BatchGetItem',
    'Query',
    'PutItem',
    'UpdateItem',
    'DeleteItem',
    'BatchWriteItem',
    'ConditionCheckItem',
  ]);

export const grantUsageCounts = (counters: ITableV2, fn: IGrantable) => allow(counters, fn, ['UpdateItem']);
