import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../functions/logging/logger.js';
import { eventOfRecord } from '../../../functions/projector/project-stream-records.js';

const warnings: string[] = [];
const logger: Logger = {
  info: () => {},
  warn: (message) => void warnings.push(message),
  error: () => {},
  child: () => logger,
};

const record = (eventName: DynamoDBRecord['eventName'], stream: string): DynamoDBRecord => ({
  eventName,
  dynamodb: { Keys: { stream: { S: stream }, version: { N: '1' } } },
});

describe('A stream record that is not a new event', () => {
  it('is an anomaly when an event was removed (the stream shows only its keys)', () => {
    warnings.length = 0;
    expect(eventOfRecord(record('REMOVE', 'partner-1234567'), logger)).toBeUndefined();
    expect(warnings).toEqual(['A stored event was changed or removed']);
  });

  it('is routine when an idempotency record is written or expires', () => {
    warnings.length = 0;
    expect(eventOfRecord(record('INSERT', 'idempotency#batch-7'), logger)).toBeUndefined();
    expect(eventOfRecord(record('REMOVE', 'idempotency#batch-7'), logger)).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});
