import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export type ProgramAlarmsProps = {
  functions: IFunction[];
  stateMachine: IStateMachine;
  deadLetters: IQueue;
  /** Where the alarms are emailed, if anywhere (the topic can take other subscriptions too). */
  email?: string;
};

// A CloudWatch alarm's metric math may combine at most 10 metrics.
const METRICS_PER_ALARM = 10;

/**
 * Alarms on what needs a person: Lambda errors and throttles, records the projector gave up on,
 * and journeys that ended in failure. All go to one SNS topic.
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

    for (let i = 0; i < props.functions.length; i += METRICS_PER_ALARM) {
      const group = props.functions.slice(i, i + METRICS_PER_ALARM);
      const n = i / METRICS_PER_ALARM + 1;
      for (const [kind, metricOf] of [
        ['Errors', (f: IFunction) => f.metricErrors({ period: Duration.minutes(5) })],
        ['Throttles', (f: IFunction) => f.metricThrottles({ period: Duration.minutes(5) })],
      ] as const) {
        const usingMetrics = Object.fromEntries(group.map((f, k) => [`m${k}`, metricOf(f)]));
        alarm(
          `Lambda${kind}${n}`,
          new MathExpression({
            expression: Object.keys(usingMetrics).join(' + '),
            usingMetrics,
            period: Duration.minutes(5),
          }),
          `Lambda ${kind.toLowerCase()} in functions ${i + 1} to ${i + group.length} of the program.`,
        );
      }
    }
    alarm(
      'ProjectorDeadLetters',
      props.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      'Stream records the projector gave up on: the read models miss them until they are replayed (npm run rebuild).',
    );
    alarm(
      'JourneysFailed',
      props.stateMachine.metricFailed({ period: Duration.minutes(5) }),
      'A partner journey failed after its retries; its JourneyStepFailed event says where.',
    );
  }
}
