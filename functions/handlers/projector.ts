import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createDynamoDbClient } from '../adapters/dynamodb-client.js';
import { DynamoDbReadModels } from '../adapters/dynamodb-read-models.js';
import { requiredEnv } from '../config.js';
import { createLogger } from '../logging/logger.js';
import { projectStreamRecords } from '../projector/project-stream-records.js';

const readModels = new DynamoDbReadModels(createDynamoDbClient(), requiredEnv('READ_MODELS_TABLE'));
const logger = createLogger({ service: 'projector' });

/** Keeps the read models up to date from the event table's stream (ReportBatchItemFailures). */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event) =>
  projectStreamRecords(event.Records, readModels, logger),
);
