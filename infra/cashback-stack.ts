import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EventTable } from './event-table.js';

export type CashbackStackProps = StackProps & { stage: string };

/** Everything the program runs on in one AWS account. */
export class CashbackStack extends Stack {
  readonly events: EventTable;

  constructor(scope: Construct, id: string, props: CashbackStackProps) {
    super(scope, id, props);
    this.events = new EventTable(this, 'Events', { retainData: props.stage === 'prod' });
  }
}
