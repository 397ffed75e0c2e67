import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { Text } from './fields.js';
import { Instant } from './instant.js';
import { streamIds } from './streams.js';

/**
 * A step of a partner journey failed after its retries, and the journey stopped there: recorded
 * so that a failure is never silent, and the program team is told.
 */
export const JourneyStepFailed = defineEvent({
  type: 'JourneyStepFailed',
  occurredAtOf: (data) => data.failedAt,
  schemaVersion: 1,
  data: z.strictObject({
    journey: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, { message: 'must be an execution name' }),
    step: Text(100),
    error: Text(200),
    cause: z.string().max(2000),
    failedAt: Instant,
  }),
  streamOf: (data) => streamIds.journey(data.journey),
});
