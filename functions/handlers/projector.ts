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

// The read models come first: after each batch the summaries catch up for a moment only, enough
// for the few partners a quiet stream marks; what a burst of sales leaves is the summarizer's.
const SUMMARIES_BUDGET_MS = 250;

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
    await refreshDueSummaries(
      { store, readModels: models, due: models.summaries },
      { budgetMs: SUMMARIES_BUDGET_MS },
    );
    return response;
  });

export const handler = createHandler(() => ({ readModels: readModels(), store: eventStore() }));
