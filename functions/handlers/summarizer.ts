import middy from '@middy/core';
import { refreshDueSummaries } from '../application/statement-summaries.js';
import { createLogger } from '../logging/logger.js';
import { eventStore, readModels } from '../runtime/dynamodb.js';
import type { ProjectorDeps } from './projector.js';

const logger = createLogger({ service: 'summarizer' });

/** Most of the function's minute: what is left over is the next run's. */
export const SWEEP_BUDGET_MS = 45_000;

/**
 * Runs every minute: works out the statement summaries still marked due. The projector does this
 * after its batches, a little at a time while the stream is busy; this sweep makes sure that what a
 * burst of sales left due is worked out soon after, even if no event follows it.
 */
export const createHandler = (deps: () => ProjectorDeps) =>
  middy<unknown, { refreshed: number }>().handler(async () => {
    const { readModels: models, store } = deps();
    const refreshed = await refreshDueSummaries(
      { store, readModels: models, due: models.summaries },
      { budgetMs: SWEEP_BUDGET_MS },
    );
    if (refreshed > 0) logger.info('Worked out statement summaries', { partners: refreshed });
    return { refreshed };
  });

export const handler = createHandler(() => ({ readModels: readModels(), store: eventStore() }));
