import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverOwedEmails } from '../application/outbox/deliver-owed-emails.js';
import type { OutboxDeps } from '../application/outbox/outbox-deps.js';
import { requiredEnv } from '../config.js';
import { createLogger } from '../logging/logger.js';
import { projectStreamRecords } from '../projector/project-stream-records.js';
import { eventStore } from '../runtime/dynamodb.js';
import { mailer } from '../runtime/mailer.js';
import { programDeps } from '../runtime/program.js';

const logger = createLogger({ service: 'notifier' });

/**
 * The outbox's delivery: reads the event table's stream and sends the emails its events owe
 * (ReportBatchItemFailures: a record that fails is delivered again, with those after it).
 */
export const createHandler = (deps: () => OutboxDeps) =>
  middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event) =>
    projectStreamRecords(
      event.Records,
      {
        project: async (events) => {
          for (const recorded of events) await deliverOwedEmails(deps(), recorded);
        },
      },
      logger,
    ),
  );

export const handler = createHandler(() => ({
  ...programDeps(),
  store: eventStore(),
  mailer: mailer(),
  publicBaseUrl: requiredEnv('PUBLIC_BASE_URL'),
}));
