import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export type ProgramAlarmsProps = {
  stateMachine: IStateMachine;
  deadLetters: IQueue;
  /** Stream records the outbox gave up on: emails owed and not sent. */
  outboxDeadLetters: IQueue;
  /** Where the alarms are emailed, if anywhere (the topic can take other subscriptions too). */
  email?: string;
};

/**
 * Alarms on what needs a person: Lambda errors and throttles, records the projector or the outbox
 * gave up on, and journeys that ended in failure. All go to one SNS topic.
 */
export class ProgramAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: ProgramAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Partner cash-back alarms', enforceSSL: true });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    const action = new SnsAction(this.topic);
    const alarm = (name: string, metric: IMetric, description: string) =>
      new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(action);

    // Lambda's metrics for the whole account and region: two alarm metrics instead of two per
    // function (CloudWatch charges per alarm metric). The program is meant to have its account.
    for (const metricName of ['Errors', 'Throttles']) {
      alarm(
        `Lambda${metricName}`,
        new Metric({ namespace: 'AWS/Lambda', metricName, statistic: 'Sum', period: Duration.minutes(5) }),
        `Lambda ${metricName.toLowerCase()} in this account and region; each function's own metrics and logs say which.`,
      );
    }
    alarm(
      'ProjectorDeadLetters',
      props.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      'Stream records the projector gave up on: the read models miss them until they are replayed (npm run rebuild).',
    );
    alarm(
      'OutboxDeadLetters',
      props.outboxDeadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      'Stream records the outbox gave up on: the emails they owe were not sent; redeliver them once the cause is fixed.',
    );
    alarm(
      'JourneysFailed',
      props.stateMachine.metricFailed({ period: Duration.minutes(5) }),
      'A partner journey failed after its retries; its JourneyStepFailed event says where.',
    );
  }
}
