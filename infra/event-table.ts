import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { eventTable } from '../functions/adapters/event-table.js';

export type EventTableProps = { retainData: boolean };

/**
 * The system of record: one item per event, a stream per partition, versions as the sort key
 * (so a conditional put is the optimistic-concurrency check), and one index that groups events
 * across streams in recorded order (a partner's sales, a campaign's registrations).
 */
export class EventTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: EventTableProps) {
    super(scope, id);
    const { partitionKey, sortKey, index, timeToLiveAttribute } = eventTable;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: partitionKey, type: AttributeType.STRING },
      sortKey: { name: sortKey, type: AttributeType.NUMBER },
      globalSecondaryIndexes: [
        {
          indexName: index.name,
          partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
          sortKey: { name: index.sortKey, type: AttributeType.STRING },
        },
      ],
      // Idempotency records expire; events have no such attribute and stay forever.
      timeToLiveAttribute,
      dynamoStream: StreamViewType.NEW_IMAGE,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.retainData,
      encryption: TableEncryptionV2.awsManagedKey(),
      removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}
