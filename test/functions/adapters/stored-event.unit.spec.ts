import { describe, expect, it } from 'vitest';
import { eventOfItem, UnreadableStoredEventError } from '../../../functions/adapters/stored-event.js';

const event = {
  eventId: 'evt-3',
  stream: 'sale-INV-1',
  version: 3,
  type: 'SaleReversed',
  schemaVersion: 2,
  data: {
    reversalId: 'CN-1',
    saleId: 'INV-1',
    mpnId: '1234567',
    quantity: 2,
    reversedAt: '2026-07-20T00:00:00Z',
  },
  occurredAt: '2026-07-20T00:00:00Z',
  recordedAt: '2026-07-20T00:00:01Z',
  metadata: { correlationId: 'corr-1', causationId: 'req-1', actor: { role: 'sales-system' } },
};

/** An event-table item as a query returns it. */
const itemOf = (json: string) => ({
  stream: { S: 'sale-INV-1' },
  version: { N: '3' },
  type: { S: 'SaleReversed' },
  recordedAt: { S: '2026-07-20T00:00:01Z' },
  event: { S: json },
  prevHash: { S: 'a'.repeat(64) },
  hash: { S: 'b'.repeat(64) },
});

describe('Reading an event-table item', () => {
  it('gives the event it holds', () => expect(eventOfItem(itemOf(JSON.stringify(event)))).toEqual(event));

  it.each([
    ['malformed data', JSON.stringify({ ...event, data: { ...event.data, quantity: -2 } }), /data\.quantity/],
    [
      'an unknown type',
      JSON.stringify({ ...event, type: 'SaleTeleported' }),
      /unknown type 'SaleTeleported'/,
    ],
    ['text that is not JSON', '{"eventId":"evt-3",', /JSON/],
  ])('refuses an event with %s, naming its stream and version', (_, json, problem) => {
    expect(() => eventOfItem(itemOf(json))).toThrow(UnreadableStoredEventError);
    expect(() => eventOfItem(itemOf(json))).toThrow(/sale-INV-1 version 3/);
    expect(() => eventOfItem(itemOf(json))).toThrow(problem);
  });

  it('refuses an item without an event, naming what it has', () =>
    expect(() => eventOfItem({ stream: { S: 'sale-INV-1' } })).toThrow(/sale-INV-1 version \(no version\)/));
});
