import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { usageCounterTable } from '../functions/adapters/usage-counter-table.js';

/**
 * The limits of abuse (sign-ups per address, login tries per source, wrong tries per code) in a
 * table of counters that expire with their window. API Gateway's HTTP APIs take no WAF, and a
 * counter per key is all these limits need.
 */
export const usageCounters = (scope: Construct, id: string, props: { retainData: boolean }) =>
  new TableV2(scope, id, {
    partitionKey: { name: usageCounterTable.partitionKey, type: AttributeType.STRING },
    timeToLiveAttribute: usageCounterTable.timeToLiveAttribute,
    encryption: TableEncryptionV2.awsManagedKey(),
    // Counters of the last hours are worth nothing restored (no point-in-time recovery), but a
    // production table is never deleted by accident, this one no more than the others.
    deletionProtection: props.retainData,
    removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
