import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createLogger } from '../logging/logger.js';
import { type EventProjector, projectStreamRecords } from '../projector/project-stream-records.js';
import { readModels } from '../runtime/dynamodb.js';

const logger = createLogger({ service: 'projector' });

/** Keeps the read models up to date from the event table's stream (ReportBatchItemFailures). */
export const createHandler = (deps: () => { readModels: EventProjector }) =>
  middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event) =>
    projectStreamRecords(event.Records, deps().readModels, logger),
  );

export const handler = createHandler(() => ({ readModels: readModels() }));
