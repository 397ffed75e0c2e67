import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { DynamoDbReadModels } from '../adapters/dynamodb-read-models.js';
import { refreshDueSummaries } from '../application/statement-summaries.js';
import { createLogger } from '../logging/logger.js';
import type { EventReader } from '../ports/event-store.js';
import { projectStreamRecords } from '../projector/project-stream-records.js';
import { soldAtFrom } from '../projector/sold-at.js';
import { eventStore, readModels } from '../runtime/dynamodb.js';

const logger = createLogger({ service: 'projector' });

// A large batch means the stream is busy (batches hold up to 1,000 records): the read models come
// first, the summaries catch up a little at a time, and fully when the stream is quiet (or at the
// summarizer's next sweep).
const BUSY_BATCH = 500;
const BUDGET_WHEN_BUSY_MS = 100;
const BUDGET_WHEN_QUIET_MS = 3_000;

export type ProjectorDeps = { readModels: DynamoDbReadModels; store: EventReader };

/**
 * Keeps the read models up to date from the event table's stream (ReportBatchItemFailures), then
 * works out the statement summaries the changes marked due, within a time budget.
 */
export const createHandler = (deps: () => ProjectorDeps) =>
  middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
    const { readModels: models, store } = deps();
    const soldAtOf = soldAtFrom(store);
    const response = await projectStreamRecords(
      event.Records,
      { project: (events) => models.applyBatch(events, soldAtOf) },
      logger,
    );
    const budgetMs = event.Records.length >= BUSY_BATCH ? BUDGET_WHEN_BUSY_MS : BUDGET_WHEN_QUIET_MS;
    await refreshDueSummaries({ store, readModels: models, due: models.summaries }, { budgetMs });
    return response;
  });

export const handler = createHandler(() => ({ readModels: readModels(), store: eventStore() }));
