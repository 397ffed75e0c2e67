import { CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { EventTable } from './event-table.js';
import { PartnerJourney } from './partner-journey.js';

export type CashbackStackProps = StackProps & {
  stage: string;
  /** Bundle the AWS SDK into each function (the measured faster start) or take the runtime's. */
  bundleAwsSdk?: boolean;
};

/** Everything the program runs on in one AWS account. */
export class CashbackStack extends Stack {
  readonly events: EventTable;
  readonly journey: PartnerJourney;

  constructor(scope: Construct, id: string, props: CashbackStackProps) {
    super(scope, id, props);
    const prod = props.stage === 'prod';
    const parameter = (name: string, description: string) =>
      new CfnParameter(this, name, { type: 'String', description, minLength: 3 }).valueAsString;
    const senderEmail = parameter('SenderEmail', 'The SES-verified address the program emails from.');
    const approverEmails = parameter('ApproverEmails', 'Comma-separated addresses of the approvers.');
    const financeEmails = parameter(
      'FinanceEmails',
      'Comma-separated addresses of finance, who get payout statements.',
    );

    this.events = new EventTable(this, 'Events', { retainData: prod });
    const sendEmail = new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['ses:SendEmail'],
      resources: [this.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
      conditions: { StringEquals: { 'ses:FromAddress': senderEmail } },
    });
    this.journey = new PartnerJourney(this, 'PartnerJourney', {
      events: this.events.table,
      sendEmail,
      environment: {
        SENDER_EMAIL: senderEmail,
        APPROVER_EMAILS: approverEmails,
        FINANCE_EMAILS: financeEmails,
        PUBLIC_BASE_URL: 'https://example.invalid',
      },
      bundleAwsSdk: props.bundleAwsSdk ?? true,
      logRetention: prod ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH,
      retainData: prod,
    });
  }
}
