import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../events/catalog.js';
import { createDynamoDbClient } from '../../../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../../../functions/adapters/dynamodb-event-store.js';
import { chainHash, GENESIS_HASH } from '../../../functions/adapters/hash-chain.js';
import { manualClock } from '../../../functions/ports/clock.js';
import { IdempotencyKeyUsedError, StreamVersionConflictError } from '../../../functions/ports/event-store.js';
import { saleLine } from '../../support/fixtures.js';

const metadata = { correlationId: 'corr', causationId: 'cause', actor: { role: 'sales-system' as const } };
const NOW = '2026-07-20T10:00:00Z';
const sale: DomainEvent = { type: 'SaleRecorded', data: saleLine({ saleId: 'INV-1' }) };
const reversal: DomainEvent = {
  type: 'SaleReversed',
  data: {
    reversalId: 'CN-1',
    saleId: 'INV-1',
    mpnId: '1234567',
    quantity: 1,
    reversedAt: '2026-07-20T09:00:00Z',
  },
};

// Only this client is mocked: the throttling test below needs a real one.
const mockedClient = new DynamoDBClient({ region: 'us-east-1' });
const dynamo = mockClient(mockedClient);
const store = () => new DynamoDbEventStore(mockedClient, 'events', manualClock(NOW));
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

beforeEach(() => dynamo.reset());

describe('Appending to DynamoDB', () => {
  it('writes one event as a conditional put, chained to the genesis hash', async () => {
    dynamo.on(PutItemCommand).resolves({});
    await store().appendToStream('sale-INV-1', [sale], { expectedVersion: 0, metadata });
    const [call] = dynamo.commandCalls(PutItemCommand);
    const input = call?.args[0].input;
    expect(input?.ConditionExpression).toBe('attribute_not_exists(#v)');
    expect(input?.ExpressionAttributeNames).toEqual({ '#v': 'version' });
    expect(input?.Item).toMatchObject({
      stream: { S: 'sale-INV-1' },
      version: { N: '1' },
      type: { S: 'SaleRecorded' },
      indexKey: { S: 'sales-of-partner#1234567' },
      indexPosition: { S: '2026-07-20T10:00:00.000Z#sale-INV-1#0000000001' },
      prevHash: { S: GENESIS_HASH },
    });
    expect(input?.Item?.hash?.S).toBe(chainHash(GENESIS_HASH, input?.Item?.event?.S as string));
  });

  it('chains a later event to the hash of the version it was decided on', async () => {
    dynamo.on(GetItemCommand).resolves({ Item: { hash: { S: 'f'.repeat(64) }, recordedAt: { S: NOW } } });
    dynamo.on(PutItemCommand).resolves({});
    await store().appendToStream('sale-INV-1', [reversal], { expectedVersion: 1, metadata });
    expect(dynamo.commandCalls(GetItemCommand)[0]?.args[0].input).toMatchObject({
      ConsistentRead: true,
      Key: { version: { N: '1' } },
    });
    expect(dynamo.commandCalls(PutItemCommand)[0]?.args[0].input.Item).toMatchObject({
      version: { N: '2' },
      prevHash: { S: 'f'.repeat(64) },
    });
  });

  it('does not read back the hash of an event it has just written', async () => {
    dynamo.on(PutItemCommand).resolves({});
    const one = store();
    await one.appendToStream('sale-INV-1', [sale], { expectedVersion: 0, metadata });
    await one.appendToStream('sale-INV-1', [reversal], { expectedVersion: 1, metadata });
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(0);
    const [first, second] = dynamo.commandCalls(PutItemCommand).map((c) => c.args[0].input.Item);
    expect(second?.prevHash?.S).toBe(first?.hash?.S);
  });

  it('writes several events, or an idempotency key, in one transaction', async () => {
    dynamo.on(TransactWriteItemsCommand).resolves({});
    await store().appendToStream('sale-INV-1', [sale], {
      expectedVersion: 0,
      metadata,
      idempotencyKey: 'request-1',
    });
    const items = dynamo.commandCalls(TransactWriteItemsCommand)[0]?.args[0].input.TransactItems ?? [];
    expect(items.map((i) => i.Put?.Item?.stream?.S)).toEqual(['sale-INV-1', 'idempotency#request-1']);
    expect(items.every((i) => i.Put?.ConditionExpression === 'attribute_not_exists(#v)')).toBe(true);
  });

  it('reports a version taken by another writer as a conflict', async () => {
    dynamo
      .on(PutItemCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'taken', $metadata: {} }));
    await expect(
      store().appendToStream('sale-INV-1', [sale], { expectedVersion: 0, metadata }),
    ).rejects.toBeInstanceOf(StreamVersionConflictError);
  });

  it('reports a version that does not exist yet as a conflict', async () => {
    dynamo.on(GetItemCommand).resolves({});
    await expect(
      store().appendToStream('sale-INV-1', [reversal], { expectedVersion: 5, metadata }),
    ).rejects.toBeInstanceOf(StreamVersionConflictError);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
  });

  it.each([
    ['a failed condition on an event', ['ConditionalCheckFailed', 'None'], StreamVersionConflictError],
    ['a concurrent transaction on an event', ['TransactionConflict', 'None'], StreamVersionConflictError],
    [
      'a failed condition on the idempotency key',
      ['None', 'ConditionalCheckFailed'],
      IdempotencyKeyUsedError,
    ],
  ])('reports %s as a named error', async (_, codes, expected) => {
    dynamo.on(TransactWriteItemsCommand).rejects(cancelled(...codes));
    await expect(
      store().appendToStream('sale-INV-1', [sale], {
        expectedVersion: 0,
        metadata,
        idempotencyKey: 'request-1',
      }),
    ).rejects.toBeInstanceOf(expected);
  });

  it('passes on a cancellation it cannot explain', async () => {
    dynamo.on(TransactWriteItemsCommand).rejects(cancelled('ValidationError', 'None'));
    await expect(
      store().appendToStream('sale-INV-1', [sale, reversal], { expectedVersion: 0, metadata }),
    ).rejects.toBeInstanceOf(TransactionCanceledException);
  });
});

describe('Starting many new streams on DynamoDB', () => {
  const newSale = (saleId: string) => ({
    streamId: `sale-${saleId}`,
    events: [{ type: 'SaleRecorded', data: saleLine({ saleId }) } as DomainEvent],
  });
  const sales = (count: number) => Array.from({ length: count }, (_, i) => newSale(`INV-${i}`));
  const transactItems = (call = 0) =>
    dynamo.commandCalls(TransactWriteItemsCommand)[call]?.args[0].input.TransactItems ?? [];

  it('writes them in transactions of at most 100 conditional puts, each item as a first append writes it', async () => {
    dynamo.on(TransactWriteItemsCommand).resolves({});
    dynamo.on(PutItemCommand).resolves({});
    const outcomes = await store().appendToNewStreams(sales(250), { metadata });
    expect(outcomes).toEqual(Array(250).fill('appended'));
    const sizes = dynamo
      .commandCalls(TransactWriteItemsCommand)
      .map((c) => c.args[0].input.TransactItems?.length);
    expect(sizes.sort()).toEqual([100, 100, 50]);
    await store().appendToStream('sale-INV-1', [sale], { expectedVersion: 0, metadata });
    const single = dynamo.commandCalls(PutItemCommand)[0]?.args[0].input;
    const written = transactItems().find((i) => i.Put?.Item?.stream?.S === 'sale-INV-1')?.Put;
    const { event, hash, ...shape } = written?.Item ?? {};
    const { event: _event, hash: _hash, ...singleShape } = single?.Item ?? {};
    expect(shape).toEqual(singleShape);
    expect(hash?.S).toBe(chainHash(GENESIS_HASH, event?.S as string));
    expect(written).toMatchObject({
      TableName: 'events',
      ConditionExpression: single?.ConditionExpression,
      ExpressionAttributeNames: single?.ExpressionAttributeNames,
    });
  });

  it('answers a stream whose condition failed as existing, and writes the others again without it', async () => {
    dynamo
      .on(TransactWriteItemsCommand)
      .rejectsOnce(cancelled('None', 'ConditionalCheckFailed', 'None', 'ConditionalCheckFailed'))
      .resolves({});
    const outcomes = await store().appendToNewStreams(sales(4), { metadata });
    expect(outcomes).toEqual(['appended', 'exists', 'appended', 'exists']);
    expect(transactItems(1).map((i) => i.Put?.Item?.stream?.S)).toEqual(['sale-INV-0', 'sale-INV-2']);
  });

  it('writes again, after a pause, a transaction that met another one on an item', async () => {
    dynamo
      .on(TransactWriteItemsCommand)
      .rejectsOnce(cancelled('None', 'TransactionConflict', 'ConditionalCheckFailed'))
      .resolves({});
    const outcomes = await store().appendToNewStreams(sales(3), { metadata });
    expect(outcomes).toEqual(['appended', 'appended', 'exists']);
    expect(transactItems(1)).toHaveLength(2);
  });

  it('gives up on a stream other writers keep holding, and writes the rest', async () => {
    dynamo.on(TransactWriteItemsCommand).callsFake(async ({ TransactItems }) => {
      const codes = (TransactItems ?? []).map((i: { Put?: { Item?: Record<string, { S?: string }> } }) =>
        i.Put?.Item?.stream?.S === 'sale-INV-1' ? 'TransactionConflict' : 'None',
      );
      if (codes.includes('TransactionConflict')) throw cancelled(...codes);
      return {};
    });
    const outcomes = await store().appendToNewStreams(sales(3), { metadata });
    expect(outcomes).toEqual(['appended', 'contended', 'appended']);
    expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(6);
  });

  it.each([
    ['a cancellation it cannot explain', cancelled('ValidationError', 'None')],
    ['any other failure', new Error('socket hang up')],
  ])('passes on %s', async (_, failure) => {
    dynamo.on(TransactWriteItemsCommand).rejects(failure);
    await expect(store().appendToNewStreams(sales(2), { metadata })).rejects.toBe(failure);
  });
});

describe('The DynamoDB client the handlers use', () => {
  it('retries throttling with backoff until the write goes through', async () => {
    const answers = [
      { status: 400, type: 'ProvisionedThroughputExceededException' },
      { status: 400, type: 'ThrottlingException' },
      { status: 200, type: undefined },
    ];
    let calls = 0;
    // A loopback server speaking DynamoDB's JSON protocol, throttling the first two requests.
    const server = createServer((request, response) => {
      request.resume();
      const answer = answers[Math.min(calls++, answers.length - 1)] as (typeof answers)[number];
      response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(
        JSON.stringify(
          answer.type
            ? { __type: `com.amazonaws.dynamodb.v20120810#${answer.type}`, message: 'slow down' }
            : {},
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createDynamoDbClient({ endpoint: `http://127.0.0.1:${port}` });
      await new DynamoDbEventStore(client, 'events', manualClock(NOW)).appendToStream('sale-INV-1', [sale], {
        expectedVersion: 0,
        metadata,
      });
      expect(calls).toBe(3);
    } finally {
      server.close();
    }
  });
});
