import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type Shard,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

/**
 * Locally, what Lambda's event source mapping does in the cloud: read the event table's stream,
 * hand batches to the projector handler as a DynamoDBStreamEvent, and on a reported failure
 * deliver that record and those after it again.
 */
export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

export type CheckpointStore = {
  get(shardId: string): string | undefined;
  set(shardId: string, sequenceNumber: string): void;
};

export const memoryCheckpoints = (): CheckpointStore => {
  const positions = new Map<string, string>();
  return { get: (id) => positions.get(id), set: (id, seq) => void positions.set(id, seq) };
};

/** Checkpoints in a JSON file, so that a restarted local system carries on where it stopped. */
export function fileCheckpoints(path: string): CheckpointStore {
  const positions: Record<string, string> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  return {
    get: (id) => positions[id],
    set: (id, seq) => {
      positions[id] = seq;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(positions, null, 2));
    },
  };
}

export type StreamPollerOptions = {
  dynamoDb: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  handler: StreamHandler;
  checkpoints: CheckpointStore;
  batchSize?: number;
  idleDelayMs?: number;
  onError?: (error: unknown) => void;
};

type ShardCursor = { iterator?: string; closed: boolean };

export class StreamPoller {
  private readonly cursors = new Map<string, ShardCursor>();
  private streamArn?: string;
  private running?: Promise<void>;
  private stopping = false;

  constructor(private readonly options: StreamPollerOptions) {}

  start(): void {
    this.stopping = false;
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
    this.running = undefined;
  }

  /** Polls until a pass over every shard finds nothing new: for tests and start-up. */
  async drain(): Promise<void> {
    while ((await this.pollOnce()) > 0) {
      // Keep going until caught up.
    }
  }

  private async loop(): Promise<void> {
    const idle = this.options.idleDelayMs ?? 250;
    let failures = 0;
    while (!this.stopping) {
      try {
        const delivered = await this.pollOnce();
        failures = 0;
        if (delivered === 0) await sleep(idle);
      } catch (error) {
        this.options.onError?.(error);
        await sleep(Math.min(10_000, idle * 2 ** ++failures));
      }
    }
  }

  /** One pass over every open shard; returns how many records were delivered. */
  async pollOnce(): Promise<number> {
    const { streams, checkpoints, handler, batchSize = 1000 } = this.options;
    const streamArn = await this.arn();
    let delivered = 0;
    for (const shard of await this.shards(streamArn)) {
      const shardId = shard.ShardId as string;
      const cursor = this.cursors.get(shardId) ?? { closed: false };
      this.cursors.set(shardId, cursor);
      if (cursor.closed || !this.parentDone(shard)) continue;
      cursor.iterator ??= await this.iteratorFor(streamArn, shardId);
      let page: GetRecordsCommandOutput;
      try {
        page = await streams.send(
          new GetRecordsCommand({ ShardIterator: cursor.iterator, Limit: batchSize }),
        );
      } catch (error) {
        if ((error as Error).name !== 'ExpiredIteratorException') throw error;
        cursor.iterator = undefined;
        continue;
      }
      const records = page.Records ?? [];
      if (records.length > 0) {
        const response = await handler({ Records: records.map((r) => toLambdaRecord(r, streamArn)) });
        const failed = response.batchItemFailures[0]?.itemIdentifier;
        const failedAt =
          failed === undefined ? -1 : records.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
        const lastGood = failedAt === -1 ? records.at(-1) : records[failedAt - 1];
        if (lastGood?.dynamodb?.SequenceNumber) checkpoints.set(shardId, lastGood.dynamodb.SequenceNumber);
        delivered += failedAt === -1 ? records.length : failedAt;
        if (failedAt !== -1) {
          // Read again from the last good record next time, after the failure has had a moment.
          cursor.iterator = undefined;
          throw new Error(`The handler failed on record ${failed}; it will be delivered again`);
        }
      }
      cursor.iterator = page.NextShardIterator;
      if (!cursor.iterator) cursor.closed = true;
    }
    return delivered;
  }

  private async arn(): Promise<string> {
    if (this.streamArn) return this.streamArn;
    const { Table } = await this.options.dynamoDb.send(
      new DescribeTableCommand({ TableName: this.options.tableName }),
    );
    if (!Table?.LatestStreamArn) throw new Error(`Table ${this.options.tableName} has no stream`);
    this.streamArn = Table.LatestStreamArn;
    return this.streamArn;
  }

  private async shards(streamArn: string): Promise<Shard[]> {
    const shards: Shard[] = [];
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.options.streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStartShardId }),
      );
      shards.push(...(StreamDescription?.Shards ?? []));
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
    return shards;
  }

  // A child shard holds later changes to the same keys: read it only once its parent is done.
  private parentDone(shard: Shard): boolean {
    const parent = shard.ParentShardId ? this.cursors.get(shard.ParentShardId) : undefined;
    return !parent || parent.closed;
  }

  private async iteratorFor(streamArn: string, shardId: string): Promise<string | undefined> {
    const after = this.options.checkpoints.get(shardId);
    const { ShardIterator } = await this.options.streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(after
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return ShardIterator;
  }
}

/** The stream record in the shape Lambda hands to a function. */
function toLambdaRecord(record: StreamRecord, eventSourceARN: string): DynamoDBRecord {
  const change = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: record.eventSource,
    awsRegion: record.awsRegion,
    eventSourceARN,
    dynamodb: {
      ...(change.ApproximateCreationDateTime
        ? { ApproximateCreationDateTime: Math.floor(change.ApproximateCreationDateTime.getTime() / 1000) }
        : {}),
      Keys: change.Keys as never,
      NewImage: change.NewImage as never,
      SequenceNumber: change.SequenceNumber,
      SizeBytes: change.SizeBytes,
      StreamViewType: change.StreamViewType,
    },
  } as DynamoDBRecord;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
