import { CfnOutput, CfnParameter, Lazy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { routeModules } from '../functions/http/route-table.js';
import { consolePages } from '../functions/web/console/pages.js';
import { CONSOLE_USES, PORTAL_USES } from '../functions/web/page.js';
import { portalPages } from '../functions/web/portal/pages.js';
import { ProgramAlarms } from './alarms.js';
import { EventTable } from './event-table.js';
import { ProgramHttpApi } from './http-api.js';
import { Outbox } from './outbox.js';
import { PartnerJourney } from './partner-journey.js';
import { ProgramFunction } from './program-function.js';
import { ReadModels } from './read-models.js';
import { StaffIdentity } from './staff-identity.js';
import { usageCounters } from './usage-counter-table.js';

/** What differs between a development and a production deployment; from CDK context (`-c stage=prod`). */
export type StageSettings = {
  stage: string;
  /** Bundle the AWS SDK into each function (the measured faster start) or take the runtime's. */
  bundleAwsSdk?: boolean;
  alarmEmail?: string;
  allowedOrigins?: string[];
  /** The program's rules that differ from the defaults, by variable (`MINIMUM_PAYOUT_CENTS`). */
  programPolicy?: Record<string, string>;
  /** The staff's sign-in domain prefix, when the default (`cashback-staff-<account id>`) will not do. */
  staffSignInDomain?: string;
};

export type CashbackStackProps = StackProps & StageSettings;

/** Everything the program runs on in one AWS account. */
export class CashbackStack extends Stack {
  readonly events: EventTable;
  readonly readModels: ReadModels;
  readonly journey: PartnerJourney;
  readonly outbox: Outbox;
  readonly api: ProgramHttpApi;
  readonly alarms: ProgramAlarms;
  readonly staffIdentity: StaffIdentity;

  constructor(scope: Construct, id: string, props: CashbackStackProps) {
    super(scope, id, props);
    const prod = props.stage === 'prod';
    const bundleAwsSdk = props.bundleAwsSdk ?? true;
    const logRetention = prod ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH;
    const parameter = (name: string, description: string) =>
      new CfnParameter(this, name, { type: 'String', description, minLength: 3 }).valueAsString;
    const senderEmail = parameter('SenderEmail', 'The SES-verified address the program emails from.');
    const approverEmails = parameter('ApproverEmails', 'Comma-separated addresses of the approvers.');
    const financeEmails = parameter(
      'FinanceEmails',
      'Comma-separated addresses of finance, who get payout statements.',
    );

    this.events = new EventTable(this, 'Events', { retainData: prod });
    this.readModels = new ReadModels(this, 'ReadModels', {
      events: this.events.table,
      bundleAwsSdk,
      logRetention,
      retainData: prod,
    });
    const sessionKey = new Secret(this, 'SessionSigningKey', {
      description: 'Signs partner session tokens (HMAC-SHA256).',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    });
    Validations.of(sessionKey).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason:
        'Rotating the signing key ends every partner session at once; it is rotated by hand (a new secret value) when needed, not on a schedule.',
    });
    const sendEmail = new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['ses:SendRawEmail'],
      resources: [this.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
      conditions: { StringEquals: { 'ses:FromAddress': senderEmail } },
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/*]',
      reason:
        'SES authorizes a send against the verified identity, the address or its domain, which the deployer chooses; the condition allows the program sender address only.',
    });
    const journey = new PartnerJourney(this, 'PartnerJourney', {
      events: this.events.table,
      sendEmail,
      bundleAwsSdk,
      logRetention,
      retainData: prod,
    });
    this.journey = journey;
    // The console is served by the API, and its sign-in returns there: the pool learns the API's
    // address once the API exists (the client depends on the API, the console's Lambda on both).
    let api: ProgramHttpApi | undefined;
    this.staffIdentity = new StaffIdentity(this, 'StaffIdentity', {
      consoleBaseUrl: Lazy.string({ produce: () => api?.url }),
      retainData: prod,
      ...(props.staffSignInDomain ? { signInDomain: props.staffSignInDomain } : {}),
    });
    this.api = api = new ProgramHttpApi(this, 'Http', {
      routes: routeModules.map((m) => m.route),
      sites: [
        {
          id: 'Portal',
          handler: 'portal',
          description: 'The partner portal: every page',
          uses: PORTAL_USES,
          pages: portalPages,
        },
        {
          id: 'Console',
          handler: 'console',
          description: 'The staff console: every page',
          uses: CONSOLE_USES,
          pages: consolePages,
        },
      ],
      resources: {
        events: this.events.table,
        readModels: this.readModels.table,
        stepTokens: journey.stepTokens,
        usageCounters: usageCounters(this, 'UsageCounters', { retainData: prod }),
        stateMachineArn: journey.stateMachineArn,
        sessionKey,
        staffIdentity: this.staffIdentity,
      },
      bundleAwsSdk,
      logRetention,
      throttle: prod ? { rateLimit: 200, burstLimit: 400 } : { rateLimit: 20, burstLimit: 40 },
      allowedOrigins: props.allowedOrigins ?? [],
    });
    this.outbox = new Outbox(this, 'Outbox', {
      events: this.events.table,
      senderEmail,
      publicBaseUrl: this.api.url,
      sendEmail,
      bundleAwsSdk,
      logRetention,
    });
    journey.configure({
      SENDER_EMAIL: senderEmail,
      APPROVER_EMAILS: approverEmails,
      FINANCE_EMAILS: financeEmails,
      PUBLIC_BASE_URL: this.api.url,
    });
    // Every function reads the same rules: a payout run and the statements it sends cannot disagree.
    for (const fn of this.node.findAll()) {
      if (!(fn instanceof ProgramFunction)) continue;
      for (const [name, value] of Object.entries(props.programPolicy ?? {})) fn.addEnvironment(name, value);
    }
    this.alarms = new ProgramAlarms(this, 'Alarms', {
      stateMachine: journey.stateMachine,
      deadLetters: this.readModels.deadLetters,
      outboxDeadLetters: this.outbox.deadLetters,
      ...(props.alarmEmail ? { email: props.alarmEmail } : {}),
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'The API of docs/http-api.md' });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarms.topic.topicArn,
      description: 'Subscribe to get the alarms',
    });
    new CfnOutput(this, 'StaffSignInUrl', {
      value: this.staffIdentity.signInBaseUrl,
      description: "The staff's sign-in pages (Cognito managed login): the console sends its people there",
    });
    new CfnOutput(this, 'StaffUserPoolId', {
      value: this.staffIdentity.userPoolId,
      description: "The staff's accounts, one group per role, kept in step with the staff directory",
    });
    for (const [role, policy] of Object.entries(this.api.accessPolicies)) {
      new CfnOutput(this, `${policy.node.id}Arn`, {
        value: policy.managedPolicyArn,
        description: `Attach to the IAM users or roles of the ${role}`,
      });
    }
  }
}
